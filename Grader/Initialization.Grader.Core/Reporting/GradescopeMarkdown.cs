using System.Globalization;
using System.Text;
using Initialization.Grader.Pipeline;

namespace Initialization.Grader.Reporting;

/// <summary>
/// The Markdown Gradescope shows (<c>output_format</c> and <c>test_output_format</c> "md"): above
/// the tests, the score and a table of points per graded method, then what the student's code
/// printed in a fenced block; in each test, its feedback. Every text that may come from a
/// submission goes through <see cref="MarkdownText"/>, so it can never become a link, an image
/// or HTML.
/// </summary>
public static class GradescopeMarkdown
{
    /// <summary>The heading of what the student's code printed (the plain-text summary uses the same words).</summary>
    public const string PrintedHeading = "Your code printed (kept for debugging, cut to a few kilobytes):";

    /// <summary>The text above the tests.</summary>
    /// <param name="result">The grading result.</param>
    /// <returns>Markdown.</returns>
    public static string Output(GradingResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var markdown = new StringBuilder();
        if (result.Tests.Count > 0)
        {
            markdown.Append(CultureInfo.InvariantCulture, $"**Score: {ReportText.Points(result.Score)} / {ReportText.Points(result.MaxScore)}**\n\n");
            markdown.Append("| Method | Points | Checks |\n| --- | ---: | --- |\n");
            foreach (var (method, score, max) in result.ByMethod)
            {
                var checks = result.Tests.Where(t => t.Method == method).ToList();
                var failed = checks.Count(t => !t.Passed);
                var note = failed == 0
                    ? "all passed"
                    : string.Create(CultureInfo.InvariantCulture, $"{failed} of {checks.Count} failed");
                markdown.Append(CultureInfo.InvariantCulture, $"| {TableCode(method)} | {ReportText.Points(score)} / {ReportText.Points(max)} | {note} |\n");
            }
        }
        else
        {
            markdown.Append(MarkdownText.Render(result.Summary)).Append('\n');
        }

        if (!string.IsNullOrWhiteSpace(result.StudentOutput))
        {
            markdown.Append('\n').Append(PrintedHeading).Append("\n\n").Append(MarkdownText.Fenced(result.StudentOutput.TrimEnd())).Append('\n');
        }

        return markdown.ToString().TrimEnd('\n');
    }

    /// <summary>What one test says: "Passed." or its feedback as Markdown.</summary>
    /// <param name="test">The test.</param>
    /// <returns>Markdown.</returns>
    public static string TestOutput(TestResult test)
    {
        ArgumentNullException.ThrowIfNull(test);
        return MarkdownText.Render(ReportText.Message(test));
    }

    // A method name in a table cell: a code span, with the pipes GitHub's tables split cells on escaped (names never hold any, but the table must not break if one did).
    private static string TableCode(string method) => MarkdownText.Code(method).Replace("|", "\\|", StringComparison.Ordinal);
}
