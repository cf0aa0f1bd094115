using Initialization.Grader.Corpus;
using Newtonsoft.Json.Linq;

namespace Initialization.Grader.Tests;

/// <summary>
/// grade.sh as instructors and platforms call it: built once from the sources (the first run
/// builds the grader into .grader/; the quick build, see <see cref="ProcessRun.GradeScript"/>),
/// then run as a fresh process per submission.
/// </summary>
[NonParallelizable]
[Category(TestCategories.EndToEnd)]
public class GradeScriptTests
{
    private readonly TemporaryFolder _folder = new();
    private readonly Lazy<ProcessRun.Outcome> _solutionWithOut;

    public GradeScriptTests()
    {
        // One grading of the Solution that two tests read: each grade.sh grading is a few
        // seconds of CPU in this build.
        _solutionWithOut = new(() => ProcessRun.GradeScript(RepositoryPaths.Solution, "--out", SolutionOutFile));
    }

    private string SolutionOutFile => Path.Combine(_folder.Path, "nested", "results.json");

    [OneTimeTearDown]
    public void RemoveFolder() => _folder.Dispose();

    [Test]
    public void Solution_ScoresFullMarks_ExitZero_ValidJsonInTheOutFile()
    {
        var run = _solutionWithOut.Value;
        var text = File.ReadAllText(SolutionOutFile);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Zero, run.Stderr);
            Assert.That((double)JObject.Parse(text)["score"]!, Is.EqualTo(10.0));
            Assert.That(SchemaFiles.JsonErrors(SchemaFiles.Gradescope, text), Is.Empty, "Gradescope's format, the default: " + text);
            Assert.That(run.Stdout, Is.Empty, "with --out, nothing goes to stdout");
            Assert.That(run.Stderr, Does.Contain("Score: 10 / 10"), "the human summary on stderr");
        });
    }

    [Test]
    public void WithoutOut_StdoutIsOnlyTheJson_EvenWhenTheSubmissionPrints()
    {
        using var folder = new TemporaryFolder();
        var noisy = Path.Combine(folder.Path, "Initializers.cs");
        File.WriteAllText(noisy, HostileSubmission.All.Single(h => h.Id == "fake-results-json").Source());

        var run = ProcessRun.GradeScript(noisy);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Zero, run.Stderr);
            Assert.That((double)JObject.Parse(run.Stdout)["score"]!, Is.EqualTo(6.0));
        });
    }

    [Test]
    public void SameSubmission_GivesTheSameBytes_ButForExecutionTime_OnStdoutAsInTheOutFile()
    {
        // A second process, after the first: nothing of a run (time, paths, order) may reach the
        // result. The sharded batch test compares a whole class's results across processes.
        _ = _solutionWithOut.Value;
        var second = ProcessRun.GradeScript(RepositoryPaths.Solution);

        Assert.That(WithoutExecutionTime(second.Stdout), Is.EqualTo(WithoutExecutionTime(File.ReadAllText(SolutionOutFile))));
    }

    [TestCase("--out")]
    [TestCase("one", "two")]
    [TestCase("--unknown", "x")]
    public void UsageError_ExitsTwo_WithAUsageLine(params string[] arguments)
    {
        var run = ProcessRun.GradeScript(arguments);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(2));
            Assert.That(run.Stderr, Does.Contain("usage: ./grade.sh SUBMISSION"));
            Assert.That(run.Stdout, Is.Empty);
        });
    }

    [Test]
    public void NoArguments_IsAUsageError()
    {
        Assert.That(ProcessRun.GradeScript().ExitCode, Is.EqualTo(2));
    }

    [Test]
    public void MissingPath_IsNotGradable_ScoreZero_ExitZero()
    {
        var run = ProcessRun.GradeScript("/no/such/submission");
        var json = JObject.Parse(run.Stdout);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Zero);
            Assert.That((double)json["score"]!, Is.Zero);
            Assert.That((double)json["max_score"]!, Is.EqualTo(10.0));
            Assert.That((string)json["output"]!, Does.StartWith("Not gradable: there is no file or folder at"));
        });
    }

    [TestCase("gradescope", "gradescope-results.schema.json")]
    [TestCase("prairielearn", "prairielearn-results.schema.json")]
    [TestCase("github-classroom", "github-classroom-results.schema.json")]
    [TestCase("junit", null)]
    public void WithoutDotnet_TheFaultResult_IsInTheAskedFormat_AndNoGrade(string format, string? schema)
    {
        using var folder = new TemporaryFolder();
        var results = Path.Combine(folder.Path, "results.out");

        var run = WithoutDotnet(folder, RepositoryPaths.Solution, "--format", format, "--out", results);
        var text = File.ReadAllText(results);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(1), run.ToString());
            Assert.That(text, Does.Contain("the .NET SDK is missing").And.Contain("not your fault"));
            Assert.That(schema is null ? SchemaFiles.XmlErrors(text) : SchemaFiles.JsonErrors(schema, text), Is.Empty, text);
            if (format == "gradescope")
            {
                Assert.That(JObject.Parse(text).ContainsKey("max_score"), Is.False, "no maximum of its own: Gradescope keeps the assignment's");
            }
        });
    }

    [Test]
    public void WithoutDotnet_LtiAgs_WritesNoScoreAtAll()
    {
        using var folder = new TemporaryFolder();
        var results = Path.Combine(folder.Path, "score.json");

        var run = WithoutDotnet(folder, RepositoryPaths.Solution, "--format", "lti-ags", "--student-id", "u1", "--out", results);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(1));
            Assert.That(File.Exists(results), Is.False, "a score body would be published by the platform");
        });
    }

    /// <summary>Runs grade.sh with a PATH that has the shell tools it needs but no dotnet.</summary>
    private static ProcessRun.Outcome WithoutDotnet(TemporaryFolder folder, params string[] arguments)
    {
        var tools = Path.Combine(folder.Path, "bin");
        Directory.CreateDirectory(tools);
        foreach (var tool in new[] { "bash", "dirname", "mktemp", "mkdir", "chmod", "mv", "rm", "cat", "env" })
        {
            var found = new[] { "/usr/bin", "/bin" }.Select(d => Path.Combine(d, tool)).First(File.Exists);
            File.CreateSymbolicLink(Path.Combine(tools, tool), found);
        }

        return ProcessRun.Run("/usr/bin/env", ["bash", Path.Combine(RepositoryPaths.Root, "grade.sh"), .. arguments], TimeSpan.FromMinutes(1), environment: new Dictionary<string, string?> { ["PATH"] = tools });
    }

    private static string WithoutExecutionTime(string json)
    {
        var parsed = JObject.Parse(json);
        parsed.Remove("execution_time");
        return parsed.ToString();
    }
}
