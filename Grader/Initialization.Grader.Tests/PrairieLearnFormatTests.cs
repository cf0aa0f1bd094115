using System.Text;
using Initialization.Grader.Reporting;
using Newtonsoft.Json.Linq;

namespace Initialization.Grader.Tests;

/// <summary>PrairieLearn's results.json: a score in [0, 1], gradable only when graded, under 1 MB.</summary>
public class PrairieLearnFormatTests
{
    private static readonly ReportContext s_context = new(null, DateTimeOffset.UnixEpoch);

    private static JObject Write(Pipeline.GradingResult result) => JObject.Parse(new PrairieLearnFormat().Write(result, s_context));

    [Test]
    public void GradedResult_ScoreIsTheFractionOfPoints_TestsCarryPoints()
    {
        var result = SampleResults.SomeFailed();

        var json = Write(result);

        Assert.Multiple(() =>
        {
            Assert.That((bool)json["gradable"]!, Is.True);
            Assert.That((double)json["score"]!, Is.EqualTo(result.Score / result.MaxScore).Within(1e-6));
            Assert.That(json["tests"]!.Sum(t => (double)t["points"]!), Is.EqualTo(result.Score));
            Assert.That(json["tests"]!.Sum(t => (double)t["max_points"]!), Is.EqualTo(10.0));
        });
    }

    [Test]
    public void FailedTest_MessageIsTheFirstLine_OutputTheWholeFeedback_EscapedExactly()
    {
        var failed = Write(SampleResults.SomeFailed())["tests"]!.First(t => (double)t["points"]! == 0);

        Assert.Multiple(() =>
        {
            Assert.That((string)failed["output"]!, Is.EqualTo(SampleResults.HostileFeedback));
            Assert.That((string)failed["message"]!, Is.EqualTo("W2 is \"wrong\", says the grader:"));
        });
    }

    [Test]
    public void NotGradable_IsGradableFalse_WithTheReason()
    {
        var json = Write(SampleResults.NotGradable());

        Assert.Multiple(() =>
        {
            Assert.That((bool)json["gradable"]!, Is.False);
            Assert.That((string)json["message"]!, Does.StartWith("Not gradable: there is no file or folder"));
        });
    }

    [Test]
    public void GraderFault_IsGradableFalse_SoTheAttemptDoesNotCount()
    {
        var json = Write(SampleResults.GraderFault());

        Assert.Multiple(() =>
        {
            Assert.That((bool)json["gradable"]!, Is.False);
            Assert.That((string)json["message"]!, Does.Contain("not your fault"));
        });
    }

    [Test]
    public void HugeFeedbackAndOutput_AreCut_SoTheFileStaysUnderOneMegabyte()
    {
        var huge = new string('é', 300_000);
        var result = SampleResults.SomeFailed() with { StudentOutput = huge };
        result = result with { Tests = [.. result.Tests.Select(t => t with { Feedback = huge })] };

        var text = new PrairieLearnFormat().Write(result, s_context);
        var json = JObject.Parse(text);

        Assert.Multiple(() =>
        {
            Assert.That(Encoding.UTF8.GetByteCount(text), Is.LessThanOrEqualTo(PrairieLearnFormat.MaxBytes));
            Assert.That((string)json["output"]!, Does.Contain("more characters cut"));
            Assert.That((double)json["score"]!, Is.EqualTo(result.Score / result.MaxScore).Within(1e-6), "cutting texts never changes the score");
        });
    }
}
