using Initialization.Experiments.Plots;
using Initialization.Grader.Pipeline;

namespace Initialization.Grader.Batch;

/// <summary>The batch's PNG plots: the class's score distribution and each hidden test's pass rate.</summary>
public static class BatchPlots
{
    /// <summary>The score distribution's file name.</summary>
    public const string ScoresFile = "score-distribution.png";

    /// <summary>The pass rates' file name.</summary>
    public const string PassRatesFile = "test-pass-rates.png";

    /// <summary>Writes both plots into <paramref name="folder"/>; returns their paths.</summary>
    public static IReadOnlyList<string> Write(IReadOnlyList<(string StudentId, GradingResult Result)> rows, string folder)
    {
        ArgumentNullException.ThrowIfNull(rows);
        Directory.CreateDirectory(folder);
        // As in summary.json: scores of the graded students (a grader fault is no grade), pass rates of the gradable submissions.
        var graded = rows.Where(r => !r.Result.GraderFault).ToList();
        return [Scores(graded, Path.Combine(folder, ScoresFile)), PassRates(rows, Path.Combine(folder, PassRatesFile))];
    }

    private static string Scores(IReadOnlyList<(string StudentId, GradingResult Result)> rows, string path)
    {
        var max = rows.Count > 0 ? rows.Max(r => r.Result.MaxScore) : 10;
        var binCount = (int)Math.Ceiling(max) + 1;
        var counts = new double[binCount];
        foreach (var (_, result) in rows)
        {
            counts[Math.Clamp((int)Math.Floor(result.Score), 0, binCount - 1)]++;
        }

        var plot = PlotStyle.NewPlot();
        var bars = plot.Add.Bars(Enumerable.Range(0, binCount).Select(i => (double)i).ToArray(), counts);
        bars.Color = PlotStyle.Inner;
        plot.Title($"Scores of {rows.Count} submissions");
        plot.XLabel($"score (points, out of {max:0.##}; a bar counts scores from its value up to the next)");
        plot.YLabel("submissions");
        plot.Axes.Margins(bottom: 0);
        plot.SavePng(path, PlotStyle.Width, PlotStyle.Height);
        return path;
    }

    private static string PassRates(IReadOnlyList<(string StudentId, GradingResult Result)> rows, string path)
    {
        var rates = BatchSummary.PassRates(rows);
        var plot = PlotStyle.NewPlot();
        var positions = Enumerable.Range(0, rates.Count).Select(i => (double)(rates.Count - i)).ToArray();
        var bars = plot.Add.Bars(positions, [.. rates.Select(r => r.PassRate * 100)]);
        bars.Horizontal = true;
        bars.Color = PlotStyle.Inner;
        plot.Axes.Left.SetTicks(positions, [.. rates.Select(r => Shorten(r.Test))]);
        plot.Axes.SetLimitsX(0, 100);
        plot.Title("Hidden tests passed, per test");
        plot.XLabel("submissions passing (%)");
        plot.SavePng(path, PlotStyle.Width + 400, Math.Max(PlotStyle.Height, 28 * rates.Count + 120));
        return path;
    }

    private static string Shorten(string name) => name
        .Replace("InitializeParameters", string.Empty, StringComparison.Ordinal);
}
