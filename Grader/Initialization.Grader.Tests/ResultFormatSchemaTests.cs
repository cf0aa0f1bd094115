using Initialization.Grader.Pipeline;
using Initialization.Grader.Reporting;

namespace Initialization.Grader.Tests;

/// <summary>
/// Every JSON format, for every kind of result, is valid against the JSON Schema committed for
/// its platform (platforms/schemas, written from the platforms' specifications); JUnit XML
/// against its XSD. The schemas themselves reject what the platforms would reject.
/// </summary>
public class ResultFormatSchemaTests
{
    private static readonly ReportContext s_context = new("student-42", new DateTimeOffset(2025, 3, 1, 12, 30, 5, 123, TimeSpan.FromHours(2))) { ExerciseTitle = "Initialization", StudentFile = "Starter/Initializers.cs" };

    [TestCaseSource(typeof(SampleResults), nameof(SampleResults.ForEveryFormat))]
    public void EveryFormat_IsValidAgainstItsPlatformsSchema(string formatName, GradingResult result)
    {
        var text = ResultFormats.Find(formatName)!.Write(result, s_context);

        Assert.That(SchemaErrors(formatName, text), Is.Empty, text);
    }

    [TestCaseSource(nameof(FormatNames))]
    public void EveryFormat_OfARealGradingOfTheSolution_IsValidAgainstItsPlatformsSchema(string formatName)
    {
        var text = ResultFormats.Find(formatName)!.Write(TestGrader.Grade(RepositoryPaths.Solution), s_context);

        Assert.That(SchemaErrors(formatName, text), Is.Empty, text);
    }

    [Test]
    public void EveryRegisteredFormat_HasASchema()
    {
        Assert.That(ResultFormats.All.Select(f => f.Name), Is.EquivalentTo(new[] { "gradescope", "prairielearn", "lti-ags", "junit", "github-classroom" }));
        Assert.That(ResultFormats.All.Where(f => f.Name != "junit").Select(f => File.Exists(SchemaFiles.PathOf(SchemaOf(f.Name)))), Is.All.True);
    }

    [TestCase(SchemaFiles.Gradescope, """{"score": 1, "tests": [{"status": "ok"}]}""", TestName = "Gradescope: a test status other than passed/failed")]
    [TestCase(SchemaFiles.Gradescope, """{"max_score": 10}""", TestName = "Gradescope: neither score nor tests")]
    [TestCase(SchemaFiles.PrairieLearn, """{"gradable": true, "score": 1.5}""", TestName = "PrairieLearn: a score above 1")]
    [TestCase(SchemaFiles.PrairieLearn, """{"gradable": true, "message": "no score"}""", TestName = "PrairieLearn: gradable without a score")]
    [TestCase(SchemaFiles.LtiAgsScore, """{"userId": "u", "scoreGiven": 1, "timestamp": "2025-03-01T12:00:00.000Z", "activityProgress": "Completed", "gradingProgress": "FullyGraded"}""", TestName = "LTI: a score given without its maximum")]
    [TestCase(SchemaFiles.LtiAgsScore, """{"userId": "u", "timestamp": "2025-03-01T12:00:00Z", "activityProgress": "Completed", "gradingProgress": "Failed"}""", TestName = "LTI: a timestamp without sub-seconds")]
    [TestCase(SchemaFiles.LtiAgsScore, """{"userId": "u", "timestamp": "2025-03-01T12:00:00.000Z", "activityProgress": "Done", "gradingProgress": "Failed"}""", TestName = "LTI: an unknown activity progress")]
    [TestCase(SchemaFiles.GitHubClassroom, """{"version": 1, "status": "pass", "max_score": 10, "tests": []}""", TestName = "GitHub Classroom: no tests")]
    [TestCase(SchemaFiles.GitHubClassroom, """{"version": 1, "status": "passed", "max_score": 10, "tests": [{"name": "t", "status": "pass", "score": 1}]}""", TestName = "GitHub Classroom: status passed instead of pass")]
    public void Schemas_RejectWhatThePlatformWouldReject(string schemaName, string json)
    {
        Assert.That(SchemaFiles.JsonErrors(schemaName, json), Is.Not.Empty);
    }

    [Test]
    public void JUnitSchema_RejectsATestCaseWithoutAName()
    {
        const string xml = """<testsuites><testsuite name="s" tests="1" failures="0" errors="0"><testcase classname="c" /></testsuite></testsuites>""";

        Assert.That(SchemaFiles.XmlErrors(xml), Is.Not.Empty);
    }

    private static IEnumerable<string> FormatNames() => ResultFormats.All.Select(f => f.Name);

    /// <summary>What the platform's schema finds wrong in <paramref name="text"/>: JUnit's XSD, or the format's JSON Schema.</summary>
    private static IReadOnlyList<string> SchemaErrors(string formatName, string text) =>
        formatName == "junit" ? SchemaFiles.XmlErrors(text) : SchemaFiles.JsonErrors(SchemaOf(formatName), text);

    private static string SchemaOf(string formatName) => formatName switch
    {
        "gradescope" => SchemaFiles.Gradescope,
        "prairielearn" => SchemaFiles.PrairieLearn,
        "lti-ags" => SchemaFiles.LtiAgsScore,
        "github-classroom" => SchemaFiles.GitHubClassroom,
        _ => throw new ArgumentException($"no JSON schema for {formatName}", nameof(formatName)),
    };
}
