namespace Initialization.Grader.Pipeline;

/// <summary>Where an <see cref="IsolatedSubmission"/> gets its worker process, and where it gives it back.</summary>
public interface IWorkerSource
{
    /// <summary>The limits the workers run under.</summary>
    GradingLimits Limits { get; }

    /// <summary>A running worker, not yet serving any submission.</summary>
    /// <returns>The worker.</returns>
    WorkerProcess Take();

    /// <summary>
    /// Gives a worker back. <paramref name="clean"/> says the submission ended normally (no time
    /// out, no crash, nothing refused to load); a worker that is not clean is always destroyed.
    /// </summary>
    /// <param name="worker">The worker.</param>
    /// <param name="clean">Whether it may serve another submission.</param>
    void Return(WorkerProcess worker, bool clean);
}

/// <summary>
/// A fresh worker for each submission (single gradings): destroyed when given back. The first
/// one may be started early (while the submission compiles); disposing stops it if it was never taken.
/// </summary>
public sealed class FreshWorkers(WorkerLauncher launcher, Task<WorkerProcess>? prestarted = null) : IWorkerSource, IDisposable
{
    private Task<WorkerProcess>? _prestarted = prestarted;

    /// <inheritdoc/>
    public GradingLimits Limits => launcher.Limits;

    /// <inheritdoc/>
    public WorkerProcess Take()
    {
        var prestarted = Interlocked.Exchange(ref _prestarted, null);
        return prestarted is null ? launcher.Start() : prestarted.GetAwaiter().GetResult();
    }

    /// <inheritdoc/>
    public void Return(WorkerProcess worker, bool clean)
    {
        ArgumentNullException.ThrowIfNull(worker);
        worker.Dispose();
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        var untaken = Interlocked.Exchange(ref _prestarted, null);
        if (untaken is not null)
        {
            untaken.ContinueWith(static _ => { }, TaskScheduler.Default).Wait();
            if (untaken.IsCompletedSuccessfully)
            {
                untaken.Result.Dispose();
            }
        }
    }
}
