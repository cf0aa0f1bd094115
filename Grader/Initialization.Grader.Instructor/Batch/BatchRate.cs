using System.Globalization;

namespace Initialization.Grader.Batch;

/// <summary>"graded 40/200 (8.1/s, about 20 s left)": the progress line both displays share.</summary>
public static class BatchRate
{
    /// <summary>The progress text after <paramref name="done"/> of <paramref name="total"/> in <paramref name="elapsed"/>.</summary>
    public static string Describe(int done, int total, TimeSpan elapsed)
    {
        var rate = elapsed.TotalSeconds > 0 ? done / elapsed.TotalSeconds : 0;
        var left = rate > 0 ? TimeSpan.FromSeconds((total - done) / rate) : TimeSpan.Zero;
        return string.Create(CultureInfo.InvariantCulture, $"graded {done}/{total} ({rate:0.0}/s, about {left.TotalSeconds:0} s left)");
    }
}
