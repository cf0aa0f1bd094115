using System.Diagnostics;
using System.Globalization;

namespace Initialization.Grader.Batch;

/// <summary>
/// Progress as plain lines for logs (CI, redirected stderr): one line every tenth of the batch
/// or every five seconds, whichever comes first, with the rate and the time left.
/// </summary>
public sealed class PlainProgress(TextWriter output) : IBatchProgress
{
    private static readonly TimeSpan s_interval = TimeSpan.FromSeconds(5);
    private readonly Stopwatch _clock = new();
    private readonly Lock _gate = new();
    private int _total;
    private int _done;
    private TimeSpan _lastLine;

    /// <inheritdoc/>
    public void Start(int toGrade, int skipped)
    {
        _total = toGrade;
        _clock.Start();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"grading {toGrade} submission(s); {skipped} already graded (use --force to grade them again)"));
    }

    /// <inheritdoc/>
    public void Graded(string studentId, double score, double maxScore)
    {
        lock (_gate)
        {
            _done++;
            var step = Math.Max(1, _total / 10);
            if (_done == _total || _done % step == 0 || _clock.Elapsed - _lastLine >= s_interval)
            {
                _lastLine = _clock.Elapsed;
                output.WriteLine(BatchRate.Describe(_done, _total, _clock.Elapsed));
            }
        }
    }

    /// <inheritdoc/>
    public void Finish() => output.Flush();
}
