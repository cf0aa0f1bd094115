using Initialization.Grader.Reporting;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Initialization.Grader.Tests;

/// <summary>
/// The LTI AGS score publish body: FullyGraded with points, 0 for a submission that could not be
/// graded; and no body at all for a grader fault, since Canvas and Moodle clear a learner's grade
/// on a score without points.
/// </summary>
public class LtiAgsScoreFormatTests
{
    private static readonly ReportContext s_context = new("lti-user-7f3a", new DateTimeOffset(2025, 3, 1, 12, 30, 5, 123, TimeSpan.FromHours(2)));

    private static JObject Write(Pipeline.GradingResult result, ReportContext? context = null)
    {
        var text = new LtiAgsScoreFormat().Write(result, context ?? s_context);
        // Dates stay strings: the test reads the timestamp exactly as written.
        using var reader = new JsonTextReader(new StringReader(text)) { DateParseHandling = DateParseHandling.None };
        return JObject.Load(reader);
    }

    [Test]
    public void GradedResult_IsFullyGradedAndCompleted_WithScoreAndMaximum()
    {
        var result = SampleResults.SomeFailed();

        var json = Write(result);

        Assert.Multiple(() =>
        {
            Assert.That((string)json["userId"]!, Is.EqualTo("lti-user-7f3a"));
            Assert.That((double)json["scoreGiven"]!, Is.EqualTo(result.Score));
            Assert.That((double)json["scoreMaximum"]!, Is.EqualTo(10.0));
            Assert.That((string)json["activityProgress"]!, Is.EqualTo("Completed"));
            Assert.That((string)json["gradingProgress"]!, Is.EqualTo("FullyGraded"));
            Assert.That((string)json["comment"]!, Is.EqualTo(result.Summary));
        });
    }

    [Test]
    public void Timestamp_IsIso8601WithMillisecondsAndTheOffset()
    {
        Assert.That((string)Write(SampleResults.AllPassed())["timestamp"]!, Is.EqualTo("2025-03-01T12:30:05.123+02:00"));
    }

    [Test]
    public void NotGradable_IsAnOrdinaryZero_WithTheReason()
    {
        var result = SampleResults.NotGradable();

        var json = Write(result);

        Assert.Multiple(() =>
        {
            Assert.That((string)json["gradingProgress"]!, Is.EqualTo("FullyGraded"));
            Assert.That((double)json["scoreGiven"]!, Is.Zero);
            Assert.That((double)json["scoreMaximum"]!, Is.EqualTo(result.MaxScore));
            Assert.That((string)json["comment"]!, Is.EqualTo(result.Summary));
        });
    }

    [Test]
    public void GraderFault_HasNoScoreBody_SoNoPlatformClearsTheGrade()
    {
        var format = new LtiAgsScoreFormat();

        Assert.Multiple(() =>
        {
            Assert.That(((IResultFormat)format).CanReportFaults, Is.False);
            Assert.That(() => format.Write(SampleResults.GraderFault(), s_context), Throws.InvalidOperationException.With.Message.Contains("no LTI score"));
        });
    }

    [Test]
    public void TheGrader_AfterAFault_WritesNoLtiFile_AndExitsOne()
    {
        using var folder = new TemporaryFolder();
        var score = Path.Combine(folder.Path, "score.json");

        // A pack that does not exist is a grader fault before any grading.
        var run = ProcessRun.Grader([RepositoryPaths.Solution, "--exercise", Path.Combine(folder.Path, "no-pack"), "--format", "lti-ags", "--student-id", "u1", "--out", score]);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(1), run.ToString());
            Assert.That(File.Exists(score), Is.False);
            Assert.That(run.Stderr, Does.Contain("no lti-ags result was written"));
        });
    }

    [Test]
    public void WithoutAStudentId_WritingFails_NamingTheOption()
    {
        var format = new LtiAgsScoreFormat();

        Assert.Multiple(() =>
        {
            Assert.That(((IResultFormat)format).NeedsStudentId, Is.True);
            Assert.That(() => format.Write(SampleResults.AllPassed(), s_context with { StudentId = null }), Throws.ArgumentException.With.Message.Contains("--student-id"));
        });
    }

    [Test]
    public void LongComment_IsCut()
    {
        var result = SampleResults.AllPassed() with { Summary = new string('x', LtiAgsScoreFormat.MaxCommentChars * 2) };

        Assert.That(((string)Write(result)["comment"]!).Length, Is.LessThan(LtiAgsScoreFormat.MaxCommentChars + 100));
    }
}
