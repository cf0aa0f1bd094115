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

/// <summary>A fresh worker for each submission (single gradings): destroyed when given back.</summary>
/// <param name="launcher">Starts the workers.</param>
public sealed class FreshWorkers(WorkerLauncher launcher) : IWorkerSource
{
    /// <inheritdoc/>
    public GradingLimits Limits => launcher.Limits;

    /// <summary>The workers of one grading, the first of them starting now (see <see cref="GradingWorkers"/>).</summary>
    /// <param name="launcher">Starts the workers.</param>
    /// <returns>The grading's workers.</returns>
    public static GradingWorkers ForGrading(WorkerLauncher launcher)
    {
        ArgumentNullException.ThrowIfNull(launcher);
        return new GradingWorkers(new FreshWorkers(launcher), launcher.Start);
    }

    /// <inheritdoc/>
    public WorkerProcess Take() => launcher.Start();

    /// <inheritdoc/>
    public void Return(WorkerProcess worker, bool clean)
    {
        ArgumentNullException.ThrowIfNull(worker);
        worker.Dispose();
    }
}
