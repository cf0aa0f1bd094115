using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;

namespace Initialization.Grader.Pipeline;

/// <summary>
/// Idle child processes (workers or compile children) kept for reuse: a child serves at most
/// <c>maxUses</c> submissions, is taken back only when its use ended cleanly, it still runs, and
/// <c>readyForNext</c> says it holds nothing of the last submission; any other child is
/// destroyed. The one shape of <see cref="WorkerPool"/> and <see cref="CompilerPool"/>.
/// </summary>
/// <param name="start">Starts a fresh child good for <paramref name="maxUses"/> uses.</param>
/// <param name="maxUses">Uses after which a child is replaced, whatever happened.</param>
/// <param name="readyForNext">Prepares a returned child for the next use; false destroys it.</param>
internal sealed class ChildPool(Func<int, WorkerProcess> start, int maxUses, Func<WorkerProcess, bool> readyForNext) : IDisposable
{
    private readonly ConcurrentBag<WorkerProcess> _idle = [];

    /// <summary>Whether a child is idle (it may have died meanwhile: <see cref="Take"/> checks).</summary>
    public bool HasIdle => !_idle.IsEmpty;

    /// <summary>An idle child that still runs, or a fresh one.</summary>
    /// <returns>The child.</returns>
    public WorkerProcess Take() => TryTakeIdle(out var idle) ? idle : Start();

    /// <summary>A fresh child, whatever is idle.</summary>
    /// <returns>The child.</returns>
    public WorkerProcess Start() => start(maxUses);

    /// <summary>An idle child that still runs, if there is one (a dead one is destroyed on the way).</summary>
    /// <param name="child">The child, when true.</param>
    /// <returns>Whether there was one.</returns>
    public bool TryTakeIdle([NotNullWhen(true)] out WorkerProcess? child)
    {
        while (_idle.TryTake(out child))
        {
            if (child.IsAlive)
            {
                return true;
            }

            child.Dispose();
        }

        return false;
    }

    /// <summary>Keeps <paramref name="child"/>, started for this pool and not used yet, for the first taker.</summary>
    /// <param name="child">The child.</param>
    public void Keep(WorkerProcess child) => _idle.Add(child);

    /// <summary>Keeps <paramref name="child"/> for reuse when it may serve again; destroys it otherwise.</summary>
    /// <param name="child">The child.</param>
    /// <param name="clean">Whether its use ended normally.</param>
    public void Return(WorkerProcess child, bool clean)
    {
        ArgumentNullException.ThrowIfNull(child);
        if (clean && child.Submissions < maxUses && child.IsAlive && readyForNext(child))
        {
            _idle.Add(child);
        }
        else
        {
            child.Dispose();
        }
    }

    /// <summary>Stops the idle children, all at once: each stop waits for its process tree to end.</summary>
    public void Dispose()
    {
        var children = new List<WorkerProcess>();
        while (_idle.TryTake(out var child))
        {
            children.Add(child);
        }

        Parallel.ForEach(children, static child => child.Dispose());
    }
}
