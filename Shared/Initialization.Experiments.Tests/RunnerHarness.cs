using System.Globalization;

namespace Initialization.Experiments.Tests;

/// <summary>Runs the runner in-process and captures what it writes.</summary>
internal static class RunnerHarness
{
    public static (int ExitCode, string Output, string Error) Run(IReadOnlyList<Experiment> experiments, params string[] args)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using var error = new StringWriter(CultureInfo.InvariantCulture);
        var exitCode = ExperimentRunner.Run(args, experiments, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }
}
