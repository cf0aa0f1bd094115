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

    /// <summary>
    /// Characters of one hidden test's feedback in the result: with every test failing, text full
    /// of characters JSON escapes six-fold and the student's output, results.json stays under 1 MB.
    /// </summary>
    public const int MaxFeedbackChars = 4096;

    /// <summary>How long a pooled worker may take to unload a submission (its finalizers included) before it is destroyed instead of reused.</summary>
    public TimeSpan Unload { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Managed heap limit of the compile child: Roslyn needs a few hundred MB at most for a 1 MB
    /// file; a constant-folding bomb hits the limit in the child, not the grader, and it stays
    /// inside Gradescope's default 768 MB container.
    /// </summary>
    public long CompilerHeapBytes { get; init; } = 512L * 1024 * 1024;

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

    /// <summary>
    /// Whether compile children started with these limits serve <paramref name="other"/>'s
    /// compiles exactly as children of its own would: they read only the compile limit, the
    /// compiler's heap and the output bound (what runs the student's code may differ).
    /// </summary>
    /// <param name="other">The other limits.</param>
    /// <returns>True when a compile child cannot tell them apart.</returns>
    public bool CompileAlike(GradingLimits other) =>
        other is not null && Compile == other.Compile && CompilerHeapBytes == other.CompilerHeapBytes && MaxCapturedOutputChars == other.MaxCapturedOutputChars;
}
