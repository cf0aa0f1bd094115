namespace Initialization.Grader.Pipeline;

/// <summary>
/// The workers of one grading, taken from a source (the batch's pool, or fresh ones), the first
/// of them possibly started ahead, on another core, while the submission compiles: a worker's
/// start (bubblewrap, the runtime) then overlaps the slowest stage instead of following it.
/// Disposing gives a worker started ahead and never taken back to the source, clean (it served
/// nobody).
/// </summary>
public sealed class GradingWorkers : IWorkerSource, IDisposable
{
    private readonly IWorkerSource _source;
    private Task<WorkerProcess>? _ahead;

    /// <summary>The workers of one grading from <paramref name="source"/>.</summary>
    /// <param name="source">Where the workers come from and go back to.</param>
    /// <param name="startAhead">Starts the first worker now, on another thread; null to take every worker from <paramref name="source"/> when needed.</param>
    public GradingWorkers(IWorkerSource source, Func<WorkerProcess>? startAhead)
    {
        ArgumentNullException.ThrowIfNull(source);
        _source = source;
        _ahead = startAhead is null ? null : Task.Run(startAhead);
    }

    /// <inheritdoc/>
    public GradingLimits Limits => _source.Limits;

    /// <inheritdoc/>
    public WorkerProcess Take()
    {
        var ahead = Interlocked.Exchange(ref _ahead, null);
        return ahead is null ? _source.Take() : ahead.GetAwaiter().GetResult();
    }

    /// <inheritdoc/>
    public void Return(WorkerProcess worker, bool clean) => _source.Return(worker, clean);

    /// <summary>Gives back the worker started ahead if it was never taken (a start that failed is forgotten).</summary>
    public void Dispose()
    {
        var untaken = Interlocked.Exchange(ref _ahead, null);
        if (untaken is null)
        {
            return;
        }

        untaken.ContinueWith(static _ => { }, TaskScheduler.Default).Wait();
        if (untaken.IsCompletedSuccessfully)
        {
            _source.Return(untaken.Result, clean: true);
        }
    }
}
