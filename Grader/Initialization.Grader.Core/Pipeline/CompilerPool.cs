namespace Initialization.Grader.Pipeline;

/// <summary>
/// Compile children kept warm (Roslyn loaded and jitted): at most one per concurrent grading,
/// each reused across submissions and replaced after a kill, an out-of-memory, a crash or
/// <see cref="MaxCompilesPerChild"/> compiles.
/// </summary>
public sealed class CompilerPool : IDisposable
{
    /// <summary>
    /// A compile child is replaced after this many compiles. Its first compile costs 0.6 s of CPU
    /// (Roslyn warming up), the next ones about 25 ms; over a thousand its memory grows by 20 MB.
    /// </summary>
    public const int MaxCompilesPerChild = 1000;

    private readonly CompilerLauncher _launcher;
    private readonly ChildPool _children;

    /// <summary>A pool of compile children started by <paramref name="launcher"/>.</summary>
    /// <param name="launcher">Starts compile children with the grading limits.</param>
    public CompilerPool(CompilerLauncher launcher)
    {
        ArgumentNullException.ThrowIfNull(launcher);
        _launcher = launcher;
        _children = new ChildPool(compiles => StageCosts.Track(launcher.Start(compiles), compiles: true), MaxCompilesPerChild, static child =>
        {
            // Roslyn's own diagnostics on stderr belong to no submission.
            child.TakeCapturedOutput();
            return true;
        });
    }

    /// <summary>The limits the children get.</summary>
    public GradingLimits Limits => _launcher.Limits;

    /// <summary>An idle child that still runs, or a fresh one (which loads Roslyn while the caller goes on).</summary>
    /// <returns>The child.</returns>
    public WorkerProcess Take() => _children.Take();

    /// <summary>Keeps the child for the next compile when it ended cleanly; destroys it otherwise.</summary>
    /// <param name="child">The child.</param>
    /// <param name="clean">Whether its compile ended normally.</param>
    public void Return(WorkerProcess child, bool clean) => _children.Return(child, clean);

    /// <summary>Stops the idle children.</summary>
    public void Dispose() => _children.Dispose();
}
