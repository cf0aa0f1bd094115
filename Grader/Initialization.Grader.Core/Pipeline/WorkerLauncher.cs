using System.Diagnostics;

namespace Initialization.Grader.Pipeline;

/// <summary>
/// Starts worker processes inside the <see cref="WorkerSandbox"/>, with a clean environment and
/// runtime limits.
/// </summary>
public sealed class WorkerLauncher(GradingLimits limits, WorkerSandbox sandbox)
{
    /// <summary>Starts workers in the sandbox chosen for this process (fails closed: see <see cref="WorkerSandbox.Current"/>).</summary>
    /// <param name="limits">The limits to apply.</param>
    /// <exception cref="SandboxUnavailableException">This machine cannot isolate workers and nobody opted out.</exception>
    public WorkerLauncher(GradingLimits limits)
        : this(limits, WorkerSandbox.Current)
    {
    }

    /// <summary>The limits the workers get.</summary>
    public GradingLimits Limits { get; } = limits;

    /// <summary>Starts a worker for one submission; it announces itself with a Ready message.</summary>
    /// <returns>The running worker.</returns>
    public WorkerProcess Start() => Start(submissions: 1);

    /// <summary>Starts a worker that may serve <paramref name="submissions"/> submissions (its CPU-time limit covers them all).</summary>
    /// <param name="submissions">How many submissions it may serve.</param>
    /// <returns>The running worker.</returns>
    public WorkerProcess Start(int submissions)
    {
        // Inside bubblewrap the worker works in its private /tmp; without it (opted out), in an
        // empty folder of its own that only the grader can open.
        var workingFolder = sandbox.Isolates ? null : WorkerProcess.CreateFolder("grader-worker-");
        return WorkerProcess.Start(StartInfo(submissions, workingFolder?.FullName), workingFolder, Limits.MaxCapturedOutputChars);
    }

    /// <summary>How a worker is started: the sandbox's command, a clean environment, the grader's pipes.</summary>
    /// <param name="submissions">How many submissions it may serve.</param>
    /// <param name="workingFolder">Its working folder without a sandbox; null inside one.</param>
    /// <returns>The worker's start, ready for <see cref="WorkerProcess.Start"/>.</returns>
    internal ProcessStartInfo StartInfo(int submissions, string? workingFolder)
    {
        var command = sandbox.Wrap(Limits, submissions);
        var start = new ProcessStartInfo
        {
            FileName = command[0],
            WorkingDirectory = workingFolder ?? "/",
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in command.Skip(1))
        {
            start.ArgumentList.Add(argument);
        }

        // Nothing of the grader's environment (tokens, paths) reaches student code.
        ChildEnvironment.Apply(start, workingFolder ?? "/tmp", sandbox.Image.Runtime, Limits.WorkerHeapBytes);
        // W^X double-maps code through a memory file, which the no-file-writes limit forbids.
        start.Environment["DOTNET_EnableWriteXorExecute"] = "0";
        return start;
    }
}
