using System.Diagnostics;

namespace Initialization.Grader.Pipeline;

/// <summary>
/// Starts compile children: the grader's executable (see <see cref="GraderHome"/>) in <see cref="CompileServer"/> mode, with
/// a clean environment, a managed heap limit (<see cref="GradingLimits.CompilerHeapBytes"/>), a
/// CPU-time limit when prlimit is there, and an empty working folder.
/// </summary>
public sealed class CompilerLauncher(GradingLimits limits)
{
    /// <summary>The limits the children get.</summary>
    public GradingLimits Limits { get; } = limits;

    /// <summary>Starts a child that may serve <paramref name="compiles"/> compiles (its CPU-time limit covers them all); it announces itself with a Ready message.</summary>
    /// <param name="compiles">How many compiles it may serve.</param>
    /// <param name="warmUp">Whether it compiles a sample before saying Ready (<see cref="SubmissionCompiler.WarmUp"/>).</param>
    /// <returns>The running child.</returns>
    public WorkerProcess Start(int compiles, bool warmUp = false)
    {
        var workingFolder = WorkerProcess.CreateFolder("grader-compile-");
        var start = new ProcessStartInfo
        {
            WorkingDirectory = workingFolder.FullName,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        List<string> command = [.. Command(), CompileServer.Flag, .. warmUp ? [CompileServer.WarmUpFlag] : Array.Empty<string>()];
        if (WorkerSandbox.Tool("prlimit") is { } prlimit)
        {
            // A backstop for a child the grader can no longer kill: the child also ends itself soon after a request's limit.
            var seconds = (long)Math.Ceiling(Limits.Compile.TotalSeconds) * compiles;
            command.InsertRange(0, [prlimit, $"--cpu={seconds}", "--core=0", "--"]);
        }

        start.FileName = command[0];
        foreach (var argument in command.Skip(1))
        {
            start.ArgumentList.Add(argument);
        }

        ChildEnvironment.Apply(start, workingFolder.FullName, Environment.GetEnvironmentVariable("DOTNET_ROOT"), Limits.CompilerHeapBytes);
        ChildEnvironment.TierUpLate(start);
        return WorkerProcess.Start(start, workingFolder, Limits.MaxCapturedOutputChars, Protocol.ProtocolLimits.MaxCompileResponseBytes);
    }

    /// <summary>The grader in <see cref="GraderHome"/>: its executable when self-contained, else the dotnet host and its assembly.</summary>
    private static string[] Command()
    {
        var home = GraderHome.Folder;
        if (GraderHome.IsSelfContained)
        {
            return [Path.Combine(home, GraderHome.GraderName)];
        }

        var assembly = Path.Combine(home, GraderHome.GraderName + ".dll");
        if (!File.Exists(assembly))
        {
            throw new InvalidOperationException($"the grader {assembly} is missing from the build; rebuild it (grade.sh does)");
        }

        var process = Environment.ProcessPath ?? "dotnet";
        return [Path.GetFileNameWithoutExtension(process) == "dotnet" ? process : WorkerSandbox.Tool("dotnet") ?? "dotnet", assembly];
    }
}
