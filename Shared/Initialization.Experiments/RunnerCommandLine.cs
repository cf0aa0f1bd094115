using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Reflection;

namespace Initialization.Experiments;

/// <summary>The result of reading the runner's command line.</summary>
/// <param name="Options">The options to run the experiments with; null when help was asked for, the command line is wrong or the scratchpad was asked for.</param>
/// <param name="HelpRequested">--help (or -h, -?) was given: show <see cref="RunnerCommandLine.Usage"/> and stop.</param>
/// <param name="Errors">What is wrong with the command line, one sentence each; empty when it is fine.</param>
public sealed record ParsedCommandLine(RunnerOptions? Options, bool HelpRequested, IReadOnlyList<string> Errors)
{
    /// <summary>--eval or --repl was given: evaluate C# instead of running the experiments; null otherwise.</summary>
    public ScratchpadOptions? Scratchpad { get; init; }
}

/// <summary>The runner's options: --out DIR, --iterations N, --learning-rate X, --no-plots, --json; or the scratchpad's --eval CODE and --repl.</summary>
public static class RunnerCommandLine
{
    private static readonly Option<string> s_out = new("--out")
    {
        Description = $"Folder for the PNG plots (default: {RunnerOptions.DefaultOutputDirectory} under the current folder).",
        HelpName = "DIR",
    };

    private static readonly Option<int> s_iterations = new("--iterations")
    {
        Description = "Gradient-descent iterations per model (default: 15000, as in the course).",
        HelpName = "N",
        CustomParser = result => ParseNumber<int>(result, "--iterations", "a whole number of at least 1, like 15000",
            text => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= 1 ? n : null),
    };

    private static readonly Option<double> s_learningRate = new("--learning-rate")
    {
        Description = "Gradient-descent step size (default: 0.01, as in the course).",
        HelpName = "X",
        CustomParser = result => ParseNumber<double>(result, "--learning-rate", "a positive number, like 0.01",
            text => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) && x > 0 && double.IsFinite(x) ? x : null),
    };

    private static readonly Option<bool> s_noPlots = new("--no-plots")
    {
        Description = "Do not write the PNG plots.",
    };

    private static readonly Option<bool> s_json = new("--json")
    {
        Description = "Print only a JSON summary of the three models (costs, accuracies, predictions); writes no plots.",
    };

    private static readonly Option<string[]> s_eval = new("--eval")
    {
        Description = "Evaluate C# with your Initializers and print its value, like a notebook cell (no training). "
            + "Repeat it to run several in turn; they share variables.",
        HelpName = "CODE",
    };

    private static readonly Option<bool> s_repl = new("--repl")
    {
        Description = "Type C# line by line at a prompt, like notebook cells: values are printed, variables kept (no training).",
    };

    // The Starter and Solution programs are Initialization.Starter and Initialization.Solution.
    private const string ProjectPrefix = "Initialization.";

    private static readonly RootCommand s_command = CreateCommand();

    /// <summary>The help text: what the runner does and its options.</summary>
    public static string Usage { get; } = RenderUsage();

    /// <summary>Reads the command line.</summary>
    /// <param name="args">The arguments after the program name.</param>
    /// <returns>The options, a request for help, or the errors to show with <see cref="Usage"/>.</returns>
    public static ParsedCommandLine Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var result = s_command.Parse(args);
        if (result.Errors.Count > 0)
        {
            return new ParsedCommandLine(null, false, [.. result.Errors.Select(e => e.Message).Distinct()]);
        }

        if (result.Action is System.CommandLine.Help.HelpAction)
        {
            return new ParsedCommandLine(null, true, []);
        }

        var evals = result.GetValue(s_eval) ?? [];
        if (evals.Length > 0 || result.GetValue(s_repl))
        {
            return Scratchpad(result, evals);
        }

        var defaults = new RunnerOptions();
        var json = result.GetValue(s_json);
        return new ParsedCommandLine(
            new RunnerOptions
            {
                OutputDirectory = result.GetValue(s_out) ?? defaults.OutputDirectory,
                Iterations = result.GetResult(s_iterations) is null ? defaults.Iterations : result.GetValue(s_iterations),
                LearningRate = result.GetResult(s_learningRate) is null ? defaults.LearningRate : result.GetValue(s_learningRate),
                WritePlots = !json && !result.GetValue(s_noPlots),
                Json = json,
            },
            false,
            []);
    }

    // --eval and --repl train nothing, so the training options would be silently ignored: say so.
    private static ParsedCommandLine Scratchpad(ParseResult result, string[] evals)
    {
        Option[] training = [s_out, s_iterations, s_learningRate, s_noPlots, s_json];
        var ignored = training.Where(option => result.GetResult(option) is { Implicit: false }).Select(option => option.Name).ToList();
        if (ignored.Count > 0)
        {
            return new ParsedCommandLine(null, false,
                [$"{string.Join(", ", ignored)} {(ignored.Count == 1 ? "is an option" : "are options")} of the experiments, and --eval and --repl train nothing: run them separately."]);
        }

        return new ParsedCommandLine(null, false, [])
        {
            Scratchpad = new ScratchpadOptions { Code = evals, Interactive = result.GetValue(s_repl) },
        };
    }

    private static RootCommand CreateCommand()
    {
        var command = new RootCommand(
            "Trains the course's 3-layer network on the two-circles data with each of your three initializers, "
            + "prints what the notebook prints and saves the cost and decision-boundary plots. "
            + "With --eval or --repl it trains nothing: it evaluates C# against your Initializers and prints the values, like notebook cells.")
        {
            s_out, s_iterations, s_learningRate, s_noPlots, s_json, s_eval, s_repl,
        };
        // The runner has no version of its own to show; --version would only confuse.
        foreach (var version in command.Options.OfType<VersionOption>().ToList())
        {
            command.Options.Remove(version);
        }

        // Show the command students type: "dotnet run --project Starter --" rather than the assembly name.
        if (Assembly.GetEntryAssembly()?.GetName().Name is { } entry && entry.StartsWith(ProjectPrefix, StringComparison.Ordinal))
        {
            command.HelpName = $"dotnet run --project {entry[ProjectPrefix.Length..]} --";
        }

        return command;
    }

    private static T ParseNumber<T>(ArgumentResult result, string option, string expectation, Func<string, T?> parse)
        where T : struct
    {
        if (result.Tokens.Count == 0)
        {
            result.AddError($"{option} needs a value: {expectation}.");
            return default;
        }

        var text = result.Tokens[^1].Value;
        if (parse(text) is { } value)
        {
            return value;
        }

        result.AddError($"{option} expects {expectation}, but got '{text}'.");
        return default;
    }

    private static string RenderUsage()
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        s_command.Parse(["--help"]).Invoke(new InvocationConfiguration { Output = output });
        return output.ToString().TrimEnd();
    }
}
