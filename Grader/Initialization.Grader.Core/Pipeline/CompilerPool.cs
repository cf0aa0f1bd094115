using System.Collections.Concurrent;

namespace Initialization.Grader.Pipeline;

/// <summary>
/// Compile children kept warm (Roslyn loaded and jitted): at most one per concurrent grading,
/// each reused across submissions and replaced after a kill, an out-of-memory, a crash or
/// <see cref="MaxCompilesPerChild"/> compiles.
/// </summary>
public sealed class CompilerPool(CompilerLauncher launcher) : IDisposable
{
    /// <summary>A child is replaced after this many compiles (its CPU-time limit covers them all).</summary>
    public const int MaxCompilesPerChild = 100;

    private readonly ConcurrentBag<WorkerProcess> _idle = [];

    /// <summary>The limits the children run under.</summary>
    public GradingLimits Limits => launcher.Limits;

    /// <summary>An idle child, or a new one (still starting: it says Ready when it is).</summary>
    /// <returns>The child.</returns>
    public WorkerProcess Take()
    {
        while (_idle.TryTake(out var child))
        {
            if (child.IsAlive)
            {
                return child;
            }

            child.Dispose();
        }

        return launcher.Start(MaxCompilesPerChild);
    }

    /// <summary>Gives a child back; one that is not <paramref name="clean"/> (killed, out of memory, broken) is destroyed.</summary>
    /// <param name="child">The child.</param>
    /// <param name="clean">Whether it may compile again.</param>
    public void Return(WorkerProcess child, bool clean)
    {
        ArgumentNullException.ThrowIfNull(child);
        if (clean && child.Submissions < MaxCompilesPerChild && child.IsAlive)
        {
            child.TakeCapturedOutput();
            _idle.Add(child);
        }
        else
        {
            child.Dispose();
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        while (_idle.TryTake(out var child))
        {
            child.Dispose();
        }
    }
}
