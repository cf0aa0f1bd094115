using System.Globalization;

namespace Initialization.Grader.Pipeline;

/// <summary>
/// prlimit's arguments for a worker: address space, CPU time (covering every submission the
/// worker may serve), no file writes, no core dumps and, inside the sandbox's own user
/// namespace, a bounded number of processes and threads. Inherited by everything the worker
/// starts.
/// </summary>
internal static class ResourceLimits
{
    /// <summary>Seconds of CPU time a worker gets beyond its submissions' wall-clock limits (its own start-up).</summary>
    private const int StartupCpuSeconds = 5;

    /// <summary>prlimit and its arguments, up to and including "--".</summary>
    /// <param name="prlimit">prlimit's path.</param>
    /// <param name="limits">The limits to apply.</param>
    /// <param name="submissions">How many submissions the worker may serve.</param>
    /// <param name="ownUserNamespace">
    /// Whether the worker has a user namespace of its own, where the process count is its own;
    /// outside one it would count every process of the grader's user.
    /// </param>
    /// <returns>The arguments.</returns>
    public static string[] Arguments(string prlimit, GradingLimits limits, int submissions, bool ownUserNamespace)
    {
        var cpuSeconds = ((long)Math.Ceiling(limits.PerSubmission.TotalSeconds) * submissions) + StartupCpuSeconds;
        return
        [
            prlimit,
            $"--as={limits.WorkerAddressSpaceBytes.ToString(CultureInfo.InvariantCulture)}",
            $"--cpu={cpuSeconds.ToString(CultureInfo.InvariantCulture)}",
            "--fsize=0",
            "--core=0",
            .. ownUserNamespace ? [$"--nproc={limits.WorkerProcesses.ToString(CultureInfo.InvariantCulture)}"] : Array.Empty<string>(),
            "--",
        ];
    }
}
