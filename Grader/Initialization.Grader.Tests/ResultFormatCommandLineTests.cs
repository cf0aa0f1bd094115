using System.Xml.Linq;
using Newtonsoft.Json.Linq;

namespace Initialization.Grader.Tests;

/// <summary>
/// grade.sh --format NAME end to end, valid for its platform: one JSON format besides the default
/// (Gradescope's, <see cref="GradeScriptTests"/>' grading of the Solution), LTI with its student
/// id and JUnit. Every format of a real grading, in process: <see cref="ResultFormatSchemaTests"/>.
/// </summary>
[NonParallelizable]
[Category(TestCategories.EndToEnd)]
public class ResultFormatCommandLineTests
{
    [Test]
    public void PrairieLearn_OfTheSolution_IsValidAndFullMarks()
    {
        var run = ProcessRun.GradeScript(RepositoryPaths.Solution, "--format", "prairielearn");

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Zero, run.ToString());
            Assert.That(SchemaFiles.JsonErrors(SchemaFiles.PrairieLearn, run.Stdout), Is.Empty, run.Stdout);
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
