using Initialization.Grader.Reporting;
using Newtonsoft.Json.Linq;

namespace Initialization.Grader.Tests;

/// <summary>GitHub Classroom's grader result: the reporter's "Points X/Y" adds up to the grade.</summary>
public class GitHubClassroomFormatTests
{
    private static readonly ReportContext s_context = new(null, DateTimeOffset.UnixEpoch) { ExerciseTitle = "Initialization", StudentFile = "Starter/Initializers.cs" };

    private static JObject Write(Pipeline.GradingResult result) => JObject.Parse(new GitHubClassroomFormat().Write(result, s_context));

    [Test]
    public void TestScores_AddUpToTheGrade_AgainstTheRubricsMaximum()
    {
        var result = SampleResults.SomeFailed();

        var json = Write(result);

        Assert.Multiple(() =>
        {
            Assert.That(json["tests"]!.Sum(t => (double)t["score"]!), Is.EqualTo(result.Score));
            Assert.That((double)json["max_score"]!, Is.EqualTo(10.0));
            Assert.That((string)json["status"]!, Is.EqualTo("fail"));
            Assert.That(json["tests"]!.Count(t => (string)t["status"]! == "fail"), Is.EqualTo(result.Tests.Count(t => !t.Passed)));
            Assert.That((string)json["tests"]!.First(t => (string)t["status"]! == "fail")["message"]!, Is.EqualTo(SampleResults.HostileFeedback));
        });
    }

    [Test]
    public void AllPassed_StatusPass()
    {
        Assert.That((string)Write(SampleResults.AllPassed())["status"]!, Is.EqualTo("pass"));
    }

    [Test]
    public void NotGradable_OneFailedTestWorthNothing()
    {
        var json = Write(SampleResults.NotGradable());

        Assert.Multiple(() =>
        {
            Assert.That((string)json["status"]!, Is.EqualTo("fail"));
            Assert.That(json["tests"]!.Single()["score"]!.Value<double>(), Is.Zero);
            Assert.That((string)json["tests"]!.Single()["message"]!, Does.StartWith("Not gradable"));
        });
    }

    [Test]
    public void GraderFault_StatusError()
    {
        var json = Write(SampleResults.GraderFault());

        Assert.Multiple(() =>
        {
            Assert.That((string)json["status"]!, Is.EqualTo("error"));
            Assert.That((string)json["tests"]!.Single()["status"]!, Is.EqualTo("error"));
        });
    }
}
