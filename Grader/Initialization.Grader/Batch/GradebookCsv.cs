using System.Globalization;
using System.Text;
using Initialization.Grader.Pipeline;

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
        var text = new StringBuilder();
        text.AppendJoin(',', ["student_id", "score", "max_score", .. methods, "gradable"]).Append("\r\n");
        foreach (var (id, result) in rows.OrderBy(r => r.StudentId, StringComparer.Ordinal))
        {
            var byMethod = result.ByMethod.ToDictionary(m => m.Method, m => m.Score);
            text.AppendJoin(',', [
                Field(id),
                Number(result.Score),
                Number(result.MaxScore),
                .. methods.Select(m => Number(byMethod.GetValueOrDefault(m))),
                result.Gradable ? "true" : "false",
            ]).Append("\r\n");
        }

        return text.ToString();
    }

    /// <summary>A CSV field: quoted when it holds a comma, a quote or a line break, with quotes doubled.</summary>
    public static string Field(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    private static string Number(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
