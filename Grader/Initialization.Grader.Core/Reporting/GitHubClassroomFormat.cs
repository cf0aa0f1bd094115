using System.Globalization;
using Initialization.Grader.Pipeline;

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
    // The file students edit: where a failing test points them.
    private const string StudentFile = "Starter/Initializers.cs";

    /// <inheritdoc/>
    public string Name => "github-classroom";

    /// <inheritdoc/>
    public string FileExtension => ".json";

    /// <inheritdoc/>
    public string Write(GradingResult result, ReportContext context)
    {
        ArgumentNullException.ThrowIfNull(result);
        var tests = Tests(result);
        var status = result.GraderFault ? "error" : tests.All(t => t.Status == "pass") ? "pass" : "fail";

        return ReportJson.Write(json =>
        {
            json.WriteStartObject();
            json.WritePropertyName("version");
            json.WriteValue(1);
            json.WritePropertyName("status");
            json.WriteValue(status);
            json.WritePropertyName("max_score");
            json.WriteValue(Math.Round(result.MaxScore, 4));
            json.WritePropertyName("tests");
            json.WriteStartArray();
            foreach (var test in tests)
            {
                json.WriteStartObject();
                json.WritePropertyName("name");
                json.WriteValue(test.Name);
                json.WritePropertyName("status");
                json.WriteValue(test.Status);
                json.WritePropertyName("score");
                json.WriteValue(test.Score);
                json.WritePropertyName("message");
                json.WriteValue(test.Message);
                json.WritePropertyName("test_code");
                json.WriteValue(test.Code);
                json.WritePropertyName("filename");
                json.WriteValue(StudentFile);
                // Neither is known per test; fixed values keep the document the same for the same result.
                json.WritePropertyName("line_no");
                json.WriteValue(0);
                json.WritePropertyName("duration");
                json.WriteValue(0);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    private sealed record ClassroomTest(string Name, string Status, double Score, string Message, string Code);

    private static List<ClassroomTest> Tests(GradingResult result)
    {
        if (result.GraderFault)
        {
            return [new("Grading", "error", 0, result.Summary, "grade.sh")];
        }

        if (!result.Gradable)
        {
            return [new("Submission", "fail", 0, result.Summary, "grade.sh")];
        }

        return [.. result.Tests.Select(t => new ClassroomTest(
            t.Name,
            t.Passed ? "pass" : "fail",
            t.Score,
            ReportText.Message(t),
            string.Create(CultureInfo.InvariantCulture, $"{t.Method}, rubric item {t.Item}")))];
    }
}
