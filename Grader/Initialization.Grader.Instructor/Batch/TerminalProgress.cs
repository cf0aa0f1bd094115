using System.Diagnostics;
using Spectre.Console;

namespace Initialization.Grader.Batch;

/// <summary>
/// Progress on a terminal: a live bar on stderr (Spectre.Console) showing done / total, the
/// rate and the time left, redrawn as submissions finish.
/// </summary>
public sealed class TerminalProgress : IBatchProgress
{
    private readonly IAnsiConsole _console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Hosting.GraderConsole.Error) });
    private readonly Stopwatch _clock = new();
    private readonly Lock _gate = new();
    private readonly ManualResetEventSlim _finished = new();
    private Task? _display;
    private ProgressTask? _task;
    private int _total;
    private int _done;

    /// <inheritdoc/>
    public void Start(int toGrade, int skipped)
    {
        _total = toGrade;
        _clock.Start();
        if (skipped > 0)
        {
            _console.MarkupLine($"[grey]{skipped} already graded (use --force to grade them again)[/]");
        }

        var started = new ManualResetEventSlim();
        _display = Task.Run(() => _console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                _task = context.AddTask(Markup.Escape(BatchRate.Describe(0, toGrade, TimeSpan.Zero)), maxValue: Math.Max(1, toGrade));
                started.Set();
                _finished.Wait();
                if (_done == _total)
                {
                    // Full even when there was nothing to grade; a stopped run shows how far it got.
                    _task.Value = _task.MaxValue;
                }
            }));
        started.Wait();
    }

    /// <inheritdoc/>
    public void Graded(string studentId, double score, double maxScore)
    {
        lock (_gate)
        {
            _done++;
            _task!.Increment(1);
            _task.Description = Markup.Escape(BatchRate.Describe(_done, _total, _clock.Elapsed));
        }
    }

    /// <inheritdoc/>
    public void Finish()
    {
        _finished.Set();
        _display?.Wait();
    }
}
