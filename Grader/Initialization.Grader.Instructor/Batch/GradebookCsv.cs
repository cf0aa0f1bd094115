using System.Globalization;
using Initialization.Grader.Gradebooks;
using Initialization.Grader.Pipeline;
using Initialization.Grader.Reporting;

namespace Initialization.Grader.Batch;

/// <summary>
/// gradebook.csv: one row per student with the score, the maximum, one column per graded
/// method and whether the submission could be graded (RFC 4180 quoting).
/// </summary>
public static class GradebookCsv
{
    /// <summary>The CSV text for <paramref name="rows"/> (sorted by student id).</summary>
    public static string Write(IReadOnlyList<(string StudentId, GradingResult Result)> rows, IReadOnlyList<string> methods)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(methods);
        var csv = new CsvText().Row(["student_id", "score", "max_score", .. methods, "gradable"]);
        foreach (var (id, result) in rows.OrderBy(r => r.StudentId, StringComparer.Ordinal))
        {
            var byMethod = result.ByMethod.ToDictionary(m => m.Method, m => m.Score);
            csv.Row([
                id,
                Number(result.Score),
                Number(result.MaxScore),
                .. methods.Select(m => Number(byMethod.GetValueOrDefault(m))),
                result.Gradable ? "true" : "false",
            ]);
        }

        return csv.ToString();
    }

    private static string Number(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
