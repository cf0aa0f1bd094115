using System.Xml.Linq;
using Newtonsoft.Json.Linq;

namespace Initialization.Grader.Tests;

/// <summary>
/// grade.sh --format NAME end to end: each format from a real grading of the Solution, valid for
/// its platform. Gradescope's, the default, is <see cref="GradeScriptTests"/>' grading of the Solution.
/// </summary>
[NonParallelizable]
[Category(TestCategories.EndToEnd)]
public class ResultFormatCommandLineTests
{
    [TestCase("prairielearn", SchemaFiles.PrairieLearn)]
    [TestCase("github-classroom", SchemaFiles.GitHubClassroom)]
    public void JsonFormat_OfTheSolution_IsValidAndFullMarks(string format, string schema)
    {
        var run = ProcessRun.GradeScript(RepositoryPaths.Solution, "--format", format);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Zero, run.ToString());
            Assert.That(SchemaFiles.JsonErrors(schema, run.Stdout), Is.Empty, run.Stdout);
            Assert.That(run.Stderr, Does.Contain("Score: 10 / 10"));
        });
    }

    [Test]
    public void LtiAgs_WithAStudentId_IsAFullyGradedScoreForThatUser()
    {
        var run = ProcessRun.GradeScript(RepositoryPaths.Solution, "--format", "lti-ags", "--student-id", "user-123");
        var json = JObject.Parse(run.Stdout);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Zero, run.ToString());
            Assert.That(SchemaFiles.JsonErrors(SchemaFiles.LtiAgsScore, run.Stdout), Is.Empty, run.Stdout);
            Assert.That((string)json["userId"]!, Is.EqualTo("user-123"));
            Assert.That((double)json["scoreGiven"]!, Is.EqualTo(10.0));
        });
    }

    [Test]
    public void LtiAgs_WithoutAStudentId_IsAUsageError_BeforeGrading()
    {
        var run = ProcessRun.GradeScript(RepositoryPaths.Solution, "--format", "lti-ags");

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(2));
            Assert.That(run.Stderr, Does.Contain("add --student-id ID"));
            Assert.That(run.Stdout, Is.Empty);
        });
    }

    [Test]
    public void JUnit_OfTheStarter_IsValidXml_WithAFailurePerTest()
    {
        var run = ProcessRun.GradeScript(RepositoryPaths.Starter, "--format", "junit");
        var cases = XDocument.Parse(run.Stdout).Descendants("testcase").ToList();

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Zero, run.ToString());
            Assert.That(SchemaFiles.XmlErrors(run.Stdout), Is.Empty, run.Stdout);
            Assert.That(cases, Is.Not.Empty);
            Assert.That(cases.Select(c => c.Element("failure")?.Value), Is.All.Contains("is not implemented yet").Or.Contains("Same failure as"));
        });
    }
}
