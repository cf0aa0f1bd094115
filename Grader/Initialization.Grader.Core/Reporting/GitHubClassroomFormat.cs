using System.Globalization;
using Initialization.Grader.Pipeline;
using Initialization.Grader.Reporting.Documents;

namespace Initialization.Grader.Reporting;

/// <summary>
/// The JSON that GitHub Classroom's graders hand to its grading reporter (base64-encoded in a
/// step output <c>result</c>): <c>{version, status, max_score, tests}</c>, each test with its
/// score. The reporter adds up the tests' scores and prints "Points X/Y". A submission that
/// cannot be graded is one failed test worth nothing; a grader fault is one test in
/// <c>error</c>, so the reporter never divides by an empty list.
/// </summary>
public sealed class GitHubClassroomFormat : IResultFormat
{
    /// <inheritdoc/>
    public string Name => "github-classroom";

    /// <inheritdoc/>
    public string FileExtension => ".json";

    /// <inheritdoc/>
    public string Write(GradingResult result, ReportContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ReportJson.Write(Document(result, context.StudentFile));
    }

    /// <summary>The document of <paramref name="result"/>: its tests, or one test that says why there are none.</summary>
    /// <param name="result">The grading result.</param>
    /// <param name="studentFile">The file students edit (where a failing test points them).</param>
    /// <returns>The document.</returns>
    public static GitHubClassroomResults Document(GradingResult result, string studentFile)
    {
        ArgumentNullException.ThrowIfNull(result);
        var tests = Tests(result, studentFile);
        return new GitHubClassroomResults
        {
            Version = 1,
            Status = result.GraderFault ? "error" : tests.All(t => t.Status == "pass") ? "pass" : "fail",
            MaxScore = Math.Round(result.MaxScore, 4),
            Tests = tests,
        };
    }

    private static List<GitHubClassroomTest> Tests(GradingResult result, string studentFile)
    {
        if (result.GraderFault)
        {
            return [Test("Grading", "error", 0, result.Summary, "grade.sh", studentFile)];
        }

        if (!result.Gradable)
        {
            return [Test("Submission", "fail", 0, result.Summary, "grade.sh", studentFile)];
        }

        return [.. result.Tests.Select(t => Test(
            t.Name,
            t.Passed ? "pass" : "fail",
            t.Score,
            ReportText.Message(t),
            string.Create(CultureInfo.InvariantCulture, $"{t.Method}, rubric item {t.Item}"),
            studentFile))];
    }

    // Neither the line nor the duration is known per test; fixed values keep the document the same for the same result.
    private static GitHubClassroomTest Test(string name, string status, double score, string message, string code, string studentFile) => new()
    {
        Name = name,
        Status = status,
        Score = score,
        Message = message,
        TestCode = code,
        FileName = studentFile,
        LineNumber = 0,
        Duration = 0,
    };
}
