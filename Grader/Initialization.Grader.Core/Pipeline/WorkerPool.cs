using System.Collections.Concurrent;
using Initialization.Grader.Protocol;

namespace Initialization.Grader.Pipeline;

/// <summary>
/// Workers for batch grading: a bounded set of sandboxed processes, each serving one submission
/// at a time and up to <see cref="MaxSubmissionsPerWorker"/> in turn. Each submission is loaded
/// into its own collectible load context, and a worker is reused only once that context is gone
/// (its finalizers done), so none of its code can run during the next submission; the allowlist
/// keeps it from leaving threads or touching process-wide state; and a worker is destroyed after
/// any time-out, crash, refusal or unload that did not finish, so a hostile submission never
/// shares a process with the next one. Starting a process per submission would cost more CPU
/// than grading it.
/// </summary>
public sealed class WorkerPool(WorkerLauncher launcher) : IWorkerSource, IDisposable
{
    /// <summary>A worker is replaced after this many submissions, whatever happened.</summary>
    public const int MaxSubmissionsPerWorker = 20;

    /// <summary>Beyond the unload limit, time for the answer to travel (a worker that misses it is destroyed).</summary>
    private static readonly TimeSpan s_answerMargin = TimeSpan.FromSeconds(1);

    private readonly ConcurrentBag<WorkerProcess> _idle = [];

    /// <inheritdoc/>
    public GradingLimits Limits => launcher.Limits;

    /// <inheritdoc/>
    public WorkerProcess Take() => _idle.TryTake(out var worker) ? worker : launcher.Start(MaxSubmissionsPerWorker);

    /// <inheritdoc/>
    public void Return(WorkerProcess worker, bool clean)
    {
        ArgumentNullException.ThrowIfNull(worker);
        if (clean && worker.Submissions < MaxSubmissionsPerWorker && worker.IsAlive && Unloaded(worker))
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

    /// <summary>Whether the worker unloaded its submission in time; what it printed meanwhile is dropped, being nobody's.</summary>
    private bool Unloaded(WorkerProcess worker)
    {
        var answer = worker.Send(new UnloadRequest(Limits.Unload).Encode()) ? worker.Receive(Limits.Unload + s_answerMargin, out _) : null;
        worker.TakeCapturedOutput();
        return MessageCodec.TryOpen(answer, MessageKind.Unloaded, UnloadResponse.Decode) is { Unloaded: true };
    }
}
