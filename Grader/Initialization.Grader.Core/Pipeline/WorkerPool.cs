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
public sealed class WorkerPool : IWorkerSource, IDisposable
{
    /// <summary>
    /// A worker is replaced after this many submissions, whatever happened: a backstop behind the
    /// unload check, not what keeps submissions apart. A fresh worker costs about 0.2 s of CPU
    /// (bubblewrap, the runtime, compiling the worker's own code), as much as twenty correct
    /// submissions; its memory stays flat from one submission to the next (45–55 MB resident
    /// through a class of 200 with its hostile sixth).
    /// </summary>
    public const int MaxSubmissionsPerWorker = 100;

    private readonly WorkerLauncher _launcher;
    private readonly ChildPool _children;

    /// <summary>A pool of workers started by <paramref name="launcher"/>.</summary>
    /// <param name="launcher">Starts workers with the grading limits.</param>
    public WorkerPool(WorkerLauncher launcher)
    {
        ArgumentNullException.ThrowIfNull(launcher);
        _launcher = launcher;
        _children = new ChildPool(submissions => StageCosts.Track(launcher.Start(submissions), compiles: false), MaxSubmissionsPerWorker, Unloaded);
    }

    /// <inheritdoc/>
    public GradingLimits Limits => _launcher.Limits;

    /// <summary>
    /// The workers of one grading. When none is idle (the class's first gradings, and those after
    /// a worker was destroyed), one starts now, while the submission compiles.
    /// </summary>
    /// <returns>The grading's workers, from this pool.</returns>
    public GradingWorkers ForGrading() => new(this, _children.HasIdle ? null : _children.Start);

    /// <inheritdoc/>
    public WorkerProcess Take() => _children.Take();

    /// <inheritdoc/>
    public void Return(WorkerProcess worker, bool clean) => _children.Return(worker, clean);

    /// <summary>Stops the idle workers.</summary>
    public void Dispose() => _children.Dispose();

    /// <summary>Whether the worker let go of its submission in time (what it printed meanwhile is dropped).</summary>
    private bool Unloaded(WorkerProcess worker)
    {
        var unloaded = worker.Unload(Limits.Unload);
        worker.TakeCapturedOutput();
        return unloaded;
    }
}
