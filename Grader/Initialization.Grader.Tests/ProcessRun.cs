using System.Diagnostics;

namespace Initialization.Grader.Tests;

/// <summary>Runs a program (grade.sh, a platform script, dotnet) to the end and captures everything.</summary>
internal static class ProcessRun
{
    /// <summary>What a run left behind.</summary>
    public sealed record Outcome(int ExitCode, string Stdout, string Stderr)
    {
        public override string ToString() => $"exit code {ExitCode}\n--- stdout\n{Stdout}\n--- stderr\n{Stderr}";
    }

    /// <summary>Runs <paramref name="program"/> and waits at most <paramref name="limit"/>.</summary>
    public static Outcome Run(string program, IEnumerable<string> arguments, TimeSpan limit, string? workingDirectory = null, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{program} {string.Join(' ', arguments)} did not finish within {limit}");
        }

        return new Outcome(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>The dotnet host that runs these tests (or the one on PATH): it runs this test build's programs, which are framework-dependent.</summary>
    public static string DotnetHost => Environment.ProcessPath is { } host && Path.GetFileNameWithoutExtension(host) == "dotnet" ? host : "dotnet";

    /// <summary>Runs the grader program of this test build (framework-dependent, through dotnet): no grade.sh build needed.</summary>
    public static Outcome Grader(IEnumerable<string> arguments) =>
        Run(DotnetHost, [Path.Combine(AppContext.BaseDirectory, "Initialization.Grader.dll"), .. arguments], TimeSpan.FromMinutes(2));

    /// <summary>
    /// Runs the kit's grade.sh; the first run of a test session builds the grader. The quick build,
    /// for every command: the optimized one is the same code precompiled, and making it would cost
    /// the test run minutes of CPU. <c>GRADER_BUILD=optimized dotnet test</c> tests with that one.
    /// </summary>
    public static Outcome GradeScript(params string[] arguments) =>
        Run(Path.Combine(RepositoryPaths.Root, "grade.sh"), arguments, TimeSpan.FromMinutes(10), environment: new Dictionary<string, string?>
        {
            ["GRADER_BUILD"] = Environment.GetEnvironmentVariable("GRADER_BUILD") is { Length: > 0 } chosen ? chosen : "quick",
        });
}
