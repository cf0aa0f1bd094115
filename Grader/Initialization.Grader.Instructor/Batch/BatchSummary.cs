using System.Globalization;
using Initialization.Grader.Pipeline;
using Newtonsoft.Json;

namespace Initialization.Grader.Batch;

/// <summary>
/// summary.json: how the class did (score statistics and distribution, each method's and each
/// hidden test's pass rate) and how the run went (counts, time, rate).
/// </summary>
public static class BatchSummary
{
    /// <summary>The summary's JSON text.</summary>
    /// <param name="rows">Every student's result (graded now or before).</param>
    /// <param name="gradedNow">How many were graded in this run.</param>
    /// <param name="graderFaults">How many hit a fault of the grader in this run.</param>
    /// <param name="seconds">Wall-clock time of this run.</param>
    /// <returns>Indented JSON.</returns>
    public static string Write(IReadOnlyList<(string StudentId, GradingResult Result)> rows, int gradedNow, int graderFaults, double seconds)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var scores = rows.Select(r => r.Result.Score).Order().ToList();
        var summary = new
        {
            students = rows.Count,
            graded_in_this_run = gradedNow,
            not_gradable = rows.Count(r => !r.Result.Gradable),
            grader_faults_in_this_run = graderFaults,
            max_score = rows.Count > 0 ? rows.Max(r => r.Result.MaxScore) : 0,
            score = rows.Count == 0 ? null : new
            {
                mean = Math.Round(scores.Average(), 4),
                median = Math.Round(Median(scores), 4),
                min = scores[0],
                max = scores[^1],
                full_marks = rows.Count(r => r.Result.Gradable && r.Result.Score == r.Result.MaxScore),
                distribution = scores.GroupBy(s => Math.Floor(s).ToString(CultureInfo.InvariantCulture)).ToDictionary(g => g.Key, g => g.Count()),
            },
            methods = rows.SelectMany(r => r.Result.ByMethod).GroupBy(m => m.Method).Select(g => new
            {
                method = g.Key,
                mean_score = Math.Round(g.Average(m => m.Score), 4),
                max_score = g.Max(m => m.MaxScore),
                full_marks_rate = Math.Round(g.Count(m => m.Score == m.MaxScore) / (double)rows.Count, 4),
            }),
            tests = PassRates(rows).Select(r => new { name = r.Test, pass_rate = Math.Round(r.PassRate, 4) }),
            seconds = Math.Round(seconds, 2),
            submissions_per_second = seconds > 0 ? Math.Round(gradedNow / seconds, 2) : 0,
        };
        return JsonConvert.SerializeObject(summary, Formatting.Indented) + "\n";
    }

    /// <summary>Each hidden test's pass rate among gradable submissions, in rubric order.</summary>
    public static IReadOnlyList<(string Test, double PassRate)> PassRates(IReadOnlyList<(string StudentId, GradingResult Result)> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return [.. rows.Where(r => r.Result.Gradable).SelectMany(r => r.Result.Tests).GroupBy(t => t.Name).Select(g => (g.Key, g.Count(t => t.Passed) / (double)g.Count()))];
    }

    private static double Median(List<double> sorted) =>
        sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
}
