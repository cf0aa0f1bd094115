namespace Initialization.Grader.Pipeline;

/// <summary>
/// The limits student code runs under. The defaults suit the exercise (a correct method takes a
/// few milliseconds); grade.sh options and environment variables override them.
/// </summary>
public sealed record GradingLimits
{
    /// <summary>Wall-clock limit of one call of a graded method: correct code takes milliseconds, even for [784, 128, 10].</summary>
    public TimeSpan PerCall { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Wall-clock limit of all calls of one submission together.</summary>
    public TimeSpan PerSubmission { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Limit of compiling one submission.</summary>
    public TimeSpan Compile { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Managed heap limit of the worker process.</summary>
    public long WorkerHeapBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>Address space (virtual memory) limit of the worker process; .NET needs a few GB of it.</summary>
    public long WorkerAddressSpaceBytes { get; init; } = 4L * 1024 * 1024 * 1024;

    /// <summary>
    /// Processes and threads of one worker (prlimit --nproc, counted in the worker's own user
    /// namespace, so only inside the sandbox): the runtime needs about ten; a fork or thread bomb stops here.
    /// </summary>
    public int WorkerProcesses { get; init; } = 64;

    /// <summary>Characters of the worker's raw output kept for the report.</summary>
    public int MaxCapturedOutputChars { get; init; } = 8 * 1024;

    /// <summary>The kit's defaults.</summary>
    public static GradingLimits Default { get; } = new();
}
