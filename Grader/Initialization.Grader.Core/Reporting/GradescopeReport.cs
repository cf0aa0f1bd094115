using System.Globalization;
using Initialization.Grader.Pipeline;
using Initialization.Grader.Reporting.Documents;

namespace Initialization.Grader.Reporting;

/// <summary>
/// Stage 5: the result as Gradescope's results.json (the kit's default JSON score), a
/// <see cref="GradescopeResults"/> written by <see cref="ReportJson"/>, so the same submission
/// gives the same bytes every time but for <c>execution_time</c>.
/// </summary>
public static class GradescopeReport
{
    /// <summary>The JSON text of <paramref name="result"/>.</summary>
    /// <param name="result">The grading result.</param>
    /// <param name="testVisibility">The visibility of tests that chose none (the exercise pack's: visible, after_due_date, after_published or hidden); the score itself stays visible.</param>
    /// <returns>Indented JSON ending with a newline.</returns>
    public static string Write(GradingResult result, string testVisibility = "visible") =>
        ReportJson.Write(Document(result, testVisibility));

    /// <summary>The document of <paramref name="result"/>: its tests grouped by method, in the order the methods first appear.</summary>
    /// <param name="result">The grading result.</param>
    /// <param name="testVisibility">Each test's visibility.</param>
    /// <returns>The document <see cref="Write"/> writes.</returns>
    public static GradescopeResults Document(GradingResult result, string testVisibility = "visible")
    {
        ArgumentNullException.ThrowIfNull(result);
        return new GradescopeResults
        {
            Score = Math.Round(result.Score, 4),
            MaxScore = Math.Round(result.MaxScore, 4),
            ExecutionTime = Math.Round(result.ExecutionSeconds, 3),
            Output = GradescopeMarkdown.Output(result),
            OutputFormat = "md",
            TestOutputFormat = "md",
            TestNameFormat = "text",
            Visibility = "visible",
            StdoutVisibility = "hidden",
            ExtraData = new GradescopeExtraData { GraderFault = result.GraderFault, Summary = result.Summary, StudentOutput = result.StudentOutput },
            Tests = [.. result.Tests.GroupBy(t => t.Method).SelectMany((group, method) => group.Select((test, item) => new GradescopeTest
            {
                Name = test.Name,
                Number = string.Create(CultureInfo.InvariantCulture, $"{method + 1}.{item + 1}"),
                Score = test.Score,
                MaxScore = test.MaxScore,
                Status = test.Passed ? "passed" : "failed",
                Output = GradescopeMarkdown.TestOutput(test),
                Visibility = test.Visibility ?? testVisibility,
                Tags = [test.Method],
                ExtraData = test.Passed ? null : new GradescopeTestExtraData { Feedback = test.Feedback },
            }))],
        };
    }

    /// <summary>
    /// Reads back a result this class wrote (batch grading keeps them as its record): the plain
    /// summary, console output and feedback from <c>extra_data</c>. A record written before those
    /// were kept gives its plain output, with the console output split off the summary.
    /// </summary>
    /// <param name="json">A results.json written by <see cref="Write"/>.</param>
    /// <returns>The result.</returns>
    /// <exception cref="InvalidDataException">The text is not such a result.</exception>
    /// <exception cref="Newtonsoft.Json.JsonException">The text is not JSON, or not of a results.json's shape.</exception>
    public static GradingResult Read(string json)
    {
        var document = ReportJson.Read<GradescopeResults>(json);
        var output = document.Output ?? throw new InvalidDataException("a results.json without output");
        var tests = (document.Tests ?? throw new InvalidDataException("a results.json without tests")).Select(t => t ?? throw new InvalidDataException("a results.json with a test that is null")).Select(t => new TestResult(
            t.Tags?.FirstOrDefault() ?? "unknown",
            int.Parse((t.Number ?? "0.0").Split('.')[^1], CultureInfo.InvariantCulture),
            t.Name ?? string.Empty,
            t.Score ?? 0,
            t.MaxScore ?? 0,
            t.Status == "passed",
            t.Status == "passed" ? string.Empty : t.ExtraData?.Feedback ?? t.Output ?? string.Empty)).ToList();
        var (summary, studentOutput) = document.ExtraData?.Summary is { } kept
            ? (kept, document.ExtraData.StudentOutput ?? string.Empty)
            : SplitPlainOutput(output);
        // Every graded submission has a result per hidden test; a not-gradable one or a grader fault has none.
        return new GradingResult(tests.Count > 0, summary, tests, studentOutput, document.ExecutionTime ?? 0)
        {
            MaxScore = document.MaxScore ?? tests.Sum(t => t.MaxScore),
            GraderFault = document.ExtraData?.GraderFault == true,
        };
    }

    /// <summary>The summary and the console output of a plain-text output (records written before extra_data kept them apart).</summary>
    private static (string Summary, string StudentOutput) SplitPlainOutput(string output)
    {
        // The summary is the grader's own text, which never holds the heading: its first occurrence starts what the code printed.
        var heading = "\n\n" + GradescopeMarkdown.PrintedHeading + "\n";
        var at = output.IndexOf(heading, StringComparison.Ordinal);
        return at < 0 ? (output, string.Empty) : (output[..at], output[(at + heading.Length)..]);
    }
}
