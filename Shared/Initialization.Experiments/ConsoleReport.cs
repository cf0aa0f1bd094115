using Initialization.Shared;
using Initialization.Shared.Model;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Initialization.Experiments;

/// <summary>What the runner prints for people: the notebook's output, progress, and the conclusions.</summary>
internal sealed class ConsoleReport(IAnsiConsole console, TextWriter plain)
{
    // On a terminal, lines go through Spectre so they appear above the live progress bar;
    // elsewhere (a file, a pipe, a test) they are written as they are, never wrapped.
    private readonly bool _live = console.Profile.Capabilities.Interactive;

    public void Introduction(RunnerOptions options, CirclesData data)
    {
        Line("Initialization experiments: the course's 3-layer network on the two-circles data");
        Line($"({data.TrainX.Cols} training and {data.TestX.Cols} test examples; {options.Iterations} iterations, learning rate {PythonFloat.Format(options.LearningRate)} per model)");
        Line(options.WritePlots
            ? $"Plots go to {Path.GetFullPath(options.OutputDirectory)}"
            : "Plots are off (--no-plots).");
    }

    public void Heading(int number, Experiment experiment)
    {
        var heading = $"{number}. {experiment.Title} ({experiment.MethodName})";
        Line("");
        if (_live)
        {
            console.Write(new Rule(Markup.Escape(heading)).LeftJustified());
        }
        else
        {
            Line($"== {heading} ==");
        }
    }

    public void Example(Experiment experiment, IReadOnlyDictionary<string, Matrix> parameters)
    {
        Line($"{experiment.MethodName}({InitializerCall.Dims(experiment.ExampleLayerDims)}) returns:");
        foreach (var (key, _) in ParameterCheck.ExpectedShapes(experiment.ExampleLayerDims))
        {
            Line($"{key} = {parameters[key]}");
        }
    }

    public void Skipped(ExperimentResult result)
    {
        Line($"Skipped: {result.Problem}");
        Line(result.Status == InitializerStatus.NotImplemented
            ? "  Replace the \"// YOUR CODE HERE\" lines of this method in Initializers.cs, then run again."
            : "  Fix the method in Initializers.cs (the public tests show more: dotnet test Starter), then run again.");
    }

    public ExperimentResult Training(Experiment experiment, IReadOnlyList<int> layerDims, RunnerOptions options, Func<Action<CostReport>, ExperimentResult> train)
    {
        Line($"Training the network [{string.Join(", ", layerDims)}] initialized by {experiment.MethodName}:");
        void Print(CostReport report) => Line($"Cost after iteration {report.Iteration}: {PythonFloat.Format(report.Cost)}");

        if (!_live)
        {
            return train(Print);
        }

        return console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask(Markup.Escape(experiment.Title), maxValue: options.Iterations);
                var result = train(report =>
                {
                    Print(report);
                    task.Value = report.Iteration;
                });
                task.Value = options.Iterations;
                return result;
            });
    }

    public void Evaluation(ExperimentResult result, CirclesData data, RunnerOptions options)
    {
        Line($"Train accuracy: {PythonFloat.Format(result.TrainAccuracy)} ({Correct(result.TrainAccuracy, data.TrainX.Cols)} of {data.TrainX.Cols} examples right)");
        Line($"Test accuracy: {PythonFloat.Format(result.TestAccuracy)} ({Correct(result.TestAccuracy, data.TestX.Cols)} of {data.TestX.Cols} examples right)");
        Line($"Predicted label 1 (inner circle) for {Ones(result.TrainPredictions!)} of {data.TrainX.Cols} training and {Ones(result.TestPredictions!)} of {data.TestX.Cols} test examples.");
        if (CourseCheck.Verdict(result, options) is { } verdict)
        {
            Line(verdict);
        }
    }

    public void Plots(IReadOnlyList<string> files)
    {
        foreach (var file in files)
        {
            Line($"Saved {file}");
        }
    }

    public void PlotsFailed(string directory, Exception error) =>
        Line($"Could not write the plots to {Path.GetFullPath(directory)}: {error.Message} (choose another folder with --out DIR).");

    public void Conclusions(IReadOnlyList<ExperimentResult> results, RunnerOptions options)
    {
        Line("");
        Line("Conclusions (same data, iterations and learning rate for every model):");
        var table = new Table().AddColumns("Model", "Train accuracy", "Test accuracy", "What it shows");
        foreach (var result in results)
        {
            table.AddRow(
                Cell(result.Experiment.Title),
                Cell(result.Trained ? Percent.Format(result.TrainAccuracy) : "-"),
                Cell(result.Trained ? Percent.Format(result.TestAccuracy) : "-"),
                Cell(result.Trained ? Lesson(result, options) : Reason(result)));
        }

        console.Write(table);
    }

    private void Line(string text)
    {
        if (_live)
        {
            console.WriteLine(text);
        }
        else
        {
            plain.WriteLine(text);
        }
    }

    /// <summary>What the model shows; for a model that ends elsewhere than the course's, that it does and what to run.</summary>
    private static string Lesson(ExperimentResult result, RunnerOptions options) =>
        result.Experiment.Course is { } course && CourseCheck.Comparable(options) && !CourseCheck.Matches(result, course)
            ? $"not what the course gets ({Percent.Format(course.TrainAccuracy)} / {Percent.Format(course.TestAccuracy)}): run dotnet test Starter"
            : result.Experiment.Lesson;

    private static string Reason(ExperimentResult result) => result.Status == InitializerStatus.NotImplemented
        ? "not run: not implemented yet"
        : "not run: the method failed (see above)";

    private static IRenderable Cell(string text) => new Text(text);

    private static int Correct(double accuracy, int count) => (int)Math.Round(accuracy * count);

    private static int Ones(Matrix predictions)
    {
        var ones = 0;
        foreach (var p in predictions.AsSpan())
        {
            ones += p > 0.5 ? 1 : 0;
        }

        return ones;
    }
}
