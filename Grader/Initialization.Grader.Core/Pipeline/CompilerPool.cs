using System.Diagnostics;

namespace Initialization.Grader.Pipeline;

/// <summary>
/// Compile children kept warm (Roslyn loaded and jitted): at most one per concurrent grading,
/// each reused across submissions and replaced after a kill, an out-of-memory, a crash or
/// <see cref="MaxCompilesPerChild"/> compiles. A grading that finds every child busy waits up to
/// <see cref="DefaultBusyWait"/> for one before it starts another, so concurrent gradings share a child
/// as long as it keeps up.
/// </summary>
public sealed class CompilerPool : IDisposable
{
    /// <summary>
    /// A compile child is replaced after this many compiles. Its first compile costs about a second
    /// of CPU (Roslyn warming up on two threads: the emit and the allowlist's semantic check), the
    /// next ones about 15 ms; over a thousand its memory grows by 20 MB.
    /// </summary>
    public const int MaxCompilesPerChild = 1000;

    /// <summary>
    /// How long a grading waits for a busy child before it starts one more. A warm child compiles
    /// a submission in about 15 ms of the 50 to 100 ms a grading takes, so one child keeps up
    /// with two gradings, and a second child's start costs a second of CPU (its first compile),
    /// a twentieth of a class of 200 (README, "Batch grading"). The wait
    /// covers a first compile on a slow machine; a compile that runs to its limit (a compile bomb)
    /// holds its child longer, and the grading behind it then starts a child of its own.
    /// </summary>
    public static readonly TimeSpan DefaultBusyWait = TimeSpan.FromSeconds(2);

    private readonly ChildPool _children;
    private readonly TimeSpan _busyWait;

    /// <summary>Guards <see cref="_busy"/>; pulsed when a child comes back.</summary>
    private readonly object _gate = new();

    /// <summary>Children taken and not yet given back.</summary>
    private int _busy;

    /// <summary>A pool of compile children started by <paramref name="launcher"/>.</summary>
    /// <param name="launcher">Starts compile children with the grading limits.</param>
    public CompilerPool(CompilerLauncher launcher)
        : this((launcher ?? throw new ArgumentNullException(nameof(launcher))).Limits, compiles => Start(launcher, compiles, warmUp: false), DefaultBusyWait)
    {
    }

    /// <summary>A pool whose children <paramref name="start"/> starts (for the pool's own tests).</summary>
    /// <param name="limits">The limits the children get.</param>
    /// <param name="start">Starts a child good for the given number of compiles.</param>
    /// <param name="busyWait">How long a taker waits for a busy child.</param>
    internal CompilerPool(GradingLimits limits, Func<int, WorkerProcess> start, TimeSpan busyWait)
    {
        Limits = limits;
        _busyWait = busyWait;
        _children = new ChildPool(start, MaxCompilesPerChild, static child =>
        {
            // Roslyn's own diagnostics on stderr belong to no submission.
            child.TakeCapturedOutput();
            return true;
        });
    }

    /// <summary>The limits the children get.</summary>
    public GradingLimits Limits { get; }

    /// <summary>
    /// A pool for <paramref name="limits"/> whose first child starts now and warms Roslyn up
    /// before its first compile (<see cref="SubmissionCompiler.WarmUp"/>: the second of CPU a
    /// child's first compile costs), on the core the grader's own start-up (the exercise pack,
    /// the sandbox probe) leaves idle. The first submission's compile then waits only for what
    /// is left of it.
    /// </summary>
    /// <param name="limits">The limits the children get.</param>
    /// <returns>The pool, its first child starting.</returns>
    public static CompilerPool StartedAhead(GradingLimits limits)
    {
        var launcher = new CompilerLauncher(limits);
        var pool = new CompilerPool(launcher);
        pool._children.Keep(Start(launcher, MaxCompilesPerChild, warmUp: true));
        return pool;
    }

    /// <summary>This pool when its children have the compile limits of <paramref name="limits"/>; else null, and its children stop (the grader starts its own).</summary>
    /// <param name="limits">The limits of the grading (the exercise pack's).</param>
    /// <returns>This pool, or null.</returns>
    public CompilerPool? IfFits(GradingLimits limits)
    {
        if (Limits.CompileAlike(limits))
        {
            return this;
        }

        Dispose();
        return null;
    }

    /// <summary>
    /// An idle child that still runs; else, while others are busy, the first of them to come back
    /// within the pool's wait (<see cref="DefaultBusyWait"/>); else a fresh one (which loads Roslyn
    /// while the caller goes on).
    /// </summary>
    /// <returns>The child.</returns>
    public WorkerProcess Take()
    {
        var waited = Stopwatch.StartNew();
        lock (_gate)
        {
            while (true)
            {
                if (_children.TryTakeIdle(out var idle))
                {
                    _busy++;
                    return idle;
                }

                if (_busy == 0 || waited.Elapsed >= _busyWait)
                {
                    break;
                }

                Monitor.Wait(_gate, _busyWait - waited.Elapsed);
            }

            _busy++;
        }

        try
        {
            return _children.Take();
        }
        catch
        {
            Returned();
            throw;
        }
    }

    /// <summary>Keeps the child for the next compile when it ended cleanly; destroys it otherwise.</summary>
    /// <param name="child">The child.</param>
    /// <param name="clean">Whether its compile ended normally.</param>
    public void Return(WorkerProcess child, bool clean)
    {
        _children.Return(child, clean);
        Returned();
    }

    /// <summary>One child fewer in use: a grading waiting for one looks again.</summary>
    private void Returned()
    {
        lock (_gate)
        {
            _busy--;
            Monitor.PulseAll(_gate);
        }
    }

    /// <summary>Stops the idle children.</summary>
    public void Dispose() => _children.Dispose();

    /// <summary>A child from <paramref name="launcher"/>, counted by the CPU accounting when it runs.</summary>
    private static WorkerProcess Start(CompilerLauncher launcher, int compiles, bool warmUp) =>
        StageCosts.Track(launcher.Start(compiles, warmUp), compiles: true);
}
