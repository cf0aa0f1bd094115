using Initialization.Experiments.Plots;
using Initialization.Shared;
using Initialization.Shared.Model;
using Spectre.Console;

namespace Initialization.Experiments;

/// <summary>
/// The exercise's experiment runner, the notebook's flow as a program: for each initializer it
/// prints the example output, trains the network (cost every 1000 iterations), prints the
/// accuracies and saves the plots; then it prints the conclusions. A method that is not
/// implemented yet, or that fails, is reported and skipped. With --eval or --repl it runs the
/// <see cref="Scratchpad"/> over the experiments' initializers instead.
/// </summary>
public static class ExperimentRunner
{
    /// <summary>Exit code: everything ran (methods not implemented yet are skipped, not errors).</summary>
    public const int Success = 0;

    /// <summary>Exit code: a method threw or returned unusable parameters, or the plots could not be written; or an --eval did not compile or threw.</summary>
    public const int ExperimentFailed = 1;

    /// <summary>Exit code: the command line is wrong.</summary>
    public const int UsageError = 2;

    // Redirected output (a file, a pipe, a test) is not wrapped at 80 columns: lines stay whole.
    private const int UnwrappedWidth = 200;

    /// <summary>Runs the experiments (or the scratchpad) on the console.</summary>
    /// <param name="args">The command line: --out DIR, --iterations N, --learning-rate X, --no-plots, --json, --eval CODE, --repl, --help.</param>
    /// <param name="experiments">The experiments, e.g. from <see cref="CourseExperiments.Create"/>.</param>
    /// <returns>The process exit code: <see cref="Success"/>, <see cref="ExperimentFailed"/> or <see cref="UsageError"/>.</returns>
    public static int Run(IReadOnlyList<string> args, IReadOnlyList<Experiment> experiments)
    {
        var console = AnsiConsole.Console;
        if (!console.Profile.Capabilities.Interactive)
        {
            console.Profile.Width = UnwrappedWidth;
        }

        return Run(args, experiments, console, Console.In, Console.Out, Console.Error, showPrompts: !Console.IsInputRedirected);
    }

    /// <summary>Runs the experiments, writing to the given streams (no colours, no live progress); --repl reads no input.</summary>
    /// <param name="args">The command line.</param>
    /// <param name="experiments">The experiments.</param>
    /// <param name="output">Receives the report (or the JSON, or the scratchpad's values).</param>
    /// <param name="error">Receives usage errors (and the scratchpad's messages).</param>
    /// <returns>The process exit code.</returns>
    public static int Run(IReadOnlyList<string> args, IReadOnlyList<Experiment> experiments, TextWriter output, TextWriter error) =>
        Run(args, experiments, TextReader.Null, output, error);

    /// <summary>Runs the experiments, or the scratchpad with --repl reading its lines from <paramref name="input"/> (without prompts), writing to the given streams.</summary>
    /// <param name="args">The command line.</param>
    /// <param name="experiments">The experiments.</param>
    /// <param name="input">The C# lines of --repl.</param>
    /// <param name="output">Receives the report (or the JSON, or the scratchpad's values).</param>
    /// <param name="error">Receives usage errors (and the scratchpad's messages).</param>
    /// <returns>The process exit code.</returns>
    public static int Run(IReadOnlyList<string> args, IReadOnlyList<Experiment> experiments, TextReader input, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = UnwrappedWidth;
        return Run(args, experiments, console, input, output, error, showPrompts: false);
    }

    private static int Run(
        IReadOnlyList<string> args, IReadOnlyList<Experiment> experiments, IAnsiConsole console, TextReader input, TextWriter output, TextWriter error, bool showPrompts)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(experiments);
        ArgumentNullException.ThrowIfNull(error);

        var parsed = RunnerCommandLine.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var problem in parsed.Errors)
            {
                error.WriteLine($"error: {problem}");
            }

            error.WriteLine();
            error.WriteLine(RunnerCommandLine.Usage);
            return UsageError;
        }

        if (parsed.Scratchpad is { } scratchpad)
        {
            return ScratchpadConsole.Run(scratchpad, Scratchpad.For(experiments), input, output, error, showPrompts);
        }

        if (parsed.HelpRequested || parsed.Options is null)
        {
            output.WriteLine(RunnerCommandLine.Usage);
            return Success;
        }

        var options = parsed.Options;
        var data = Datasets.LoadCircles();
        if (options.Json)
        {
            var results = experiments.Select(e => RunOne(e, data, options, report: null, number: 0)).ToList();
            output.WriteLine(JsonReport.Create(results));
            return ExitCode(results, plotsFailed: false);
        }

        var consoleReport = new ConsoleReport(console, output);
        consoleReport.Introduction(options, data);
        var all = new List<ExperimentResult>();
        var plotsFailed = false;
        foreach (var experiment in experiments)
        {
            var result = RunOne(experiment, data, options, consoleReport, all.Count + 1);
            if (result.Trained && options.WritePlots)
            {
                try
                {
                    result = result with { PlotFiles = ExperimentPlots.Write(result, data, options.LearningRate, options.OutputDirectory) };
                    consoleReport.Plots(result.PlotFiles);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    consoleReport.PlotsFailed(options.OutputDirectory, e);
                    plotsFailed = true;
                }
            }

            all.Add(result);
        }

        consoleReport.Conclusions(all, options);
        return ExitCode(all, plotsFailed);
    }

    private static ExperimentResult RunOne(Experiment experiment, CirclesData data, RunnerOptions options, ConsoleReport? report, int number)
    {
        report?.Heading(number, experiment);
        var example = InitializerCall.Invoke(experiment.MethodName, experiment.Initializer, experiment.ExampleLayerDims);
        if (!example.Succeeded)
        {
            return Skip(experiment, example, report);
        }

        report?.Example(experiment, example.Parameters!);
        var layerDims = NeuralNetwork.LayerDims(data.TrainX.Rows);
        var initial = InitializerCall.Invoke(experiment.MethodName, experiment.Initializer, layerDims);
        if (!initial.Succeeded)
        {
            return Skip(experiment, initial, report);
        }

        if (report is null)
        {
            return ExperimentTrainer.Train(experiment, initial.Parameters!, data, options, onCost: null);
        }

        var result = report.Training(experiment, layerDims, options, onCost => ExperimentTrainer.Train(experiment, initial.Parameters!, data, options, onCost));
        report.Evaluation(result, data, options);
        return result;
    }

    private static ExperimentResult Skip(Experiment experiment, InitializerOutcome outcome, ConsoleReport? report)
    {
        var result = ExperimentResult.Skipped(experiment, outcome);
        report?.Skipped(result);
        return result;
    }

    private static int ExitCode(IReadOnlyList<ExperimentResult> results, bool plotsFailed) =>
        plotsFailed || results.Any(r => r.Status == InitializerStatus.Failed) ? ExperimentFailed : Success;
}
