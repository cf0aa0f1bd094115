using System.Collections.Concurrent;

namespace Initialization.Grader.Pipeline;

/// <summary>
/// Workers for batch grading: a bounded set of sandboxed processes, each serving one submission
/// at a time and up to <see cref="MaxSubmissionsPerWorker"/> in turn. Each submission is loaded
/// into its own collectible load context, so its classes and static state leave with it; the
/// allowlist keeps it from leaving threads or touching process-wide state; and a worker is
/// destroyed after any time-out, crash or refusal, so a hostile submission never shares a
/// process with the next one. Starting a process per submission would cost more CPU than
/// grading it.
/// </summary>
public sealed class WorkerPool(WorkerLauncher launcher) : IWorkerSource, IDisposable
{
    /// <summary>A worker is replaced after this many submissions, whatever happened.</summary>
    public const int MaxSubmissionsPerWorker = 20;

    private readonly ConcurrentBag<WorkerProcess> _idle = [];

    /// <inheritdoc/>
    public GradingLimits Limits => launcher.Limits;

    /// <inheritdoc/>
    public WorkerProcess Take() => _idle.TryTake(out var worker) ? worker : launcher.Start(MaxSubmissionsPerWorker);

    /// <inheritdoc/>
    public void Return(WorkerProcess worker, bool clean)
    {
        ArgumentNullException.ThrowIfNull(worker);
        if (clean && worker.Submissions < MaxSubmissionsPerWorker && worker.IsAlive)
        {
            _idle.Add(worker);
        }
        else
        {
            worker.Dispose();
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        while (_idle.TryTake(out var worker))
        {
            worker.Dispose();
        }
    }
}
