using Initialization.Grader.Exercise;
using Initialization.Grader.Pipeline;
using Initialization.Grader.Reporting;
using Newtonsoft.Json.Linq;

namespace Initialization.Grader.Tests;

/// <summary>
/// The grading core is not wired to the Initialization exercise: the sample pack
/// (Grader/SamplePack.Relu.HiddenTests: another class, another file, Matrix → Matrix and
/// double[] → int) grades its known submissions through the same core, sandbox and reporters.
/// </summary>
[TestFixture]
public sealed class SecondExerciseTests
{
    private static readonly string s_submissions = Path.Combine(RepositoryPaths.Root, "Grader", "SamplePack.Relu.HiddenTests", "Submissions");

    // The pack's own limits for its code, the test run's compile children (the same compile limits).
    private static readonly Lazy<SubmissionGrader> s_grader = new(() => TestGrader.WithSharedCompilers(TestPacks.Relu, limits: TestPacks.Relu.Limits(GradingLimits.Default)));

    private static IEnumerable<TestCaseData> KnownSubmissions() =>
        JObject.Parse(File.ReadAllText(Path.Combine(s_submissions, "expected.json"))).Properties()
            .Select(p => new TestCaseData(p.Name, ((JObject)p.Value).Properties().ToDictionary(m => m.Name, m => (double)m.Value)).SetArgDisplayNames(p.Name));

    [Test]
    public void SharedCompileChildren_ServeAGraderWithOtherLimitsForItsCode_ButNotOtherCompileLimits()
    {
        // BadInputTests checks that a grader with other compile limits is refused the shared children.
        Assert.Multiple(() =>
        {
            Assert.That(TestGrader.Limits.CompileAlike(TestPacks.Relu.Limits(GradingLimits.Default)), Is.True, "the pack's per-call and per-submission limits do not reach a compile child");
            Assert.That(TestGrader.Limits.CompileAlike(TestGrader.Limits with { Compile = TestGrader.Limits.Compile + TimeSpan.FromSeconds(1) }), Is.False);
            Assert.That(TestGrader.Limits.CompileAlike(TestGrader.Limits with { CompilerHeapBytes = TestGrader.Limits.CompilerHeapBytes / 2 }), Is.False);
        });
    }

    [TestCaseSource(nameof(KnownSubmissions))]
    [Category(TestCategories.TrustBoundary)]
    public void KnownSubmission_GetsItsExpectedPointsPerMethod(string file, Dictionary<string, double> expected)
    {
        using var folder = new TemporaryFolder();
        File.Copy(Path.Combine(s_submissions, file), Path.Combine(folder.Path, "Activations.cs"));

        var result = s_grader.Value.Grade(folder.Path);

        Assert.Multiple(() =>
        {
            Assert.That(result.Gradable, Is.True, result.Summary);
            Assert.That(result.MaxScore, Is.EqualTo(3));
            Assert.That(result.ByMethod.ToDictionary(m => m.Method, m => m.Score), Is.EqualTo(expected), result.Summary + "\n" + string.Join("\n", result.Tests.Select(t => t.Feedback)));
        });
    }

    [Test]
    public void WrongSignature_IsExplainedWithTheManifestsDeclaration()
    {
        using var folder = new TemporaryFolder();
        File.Copy(Path.Combine(s_submissions, "wrong-signature.cs"), Path.Combine(folder.Path, "Activations.cs"));

        var result = s_grader.Value.Grade(folder.Path);

        Assert.That(string.Join("\n", result.Tests.Where(t => t.Method == "Relu").Select(t => t.Feedback)), Does.Contain("public static Matrix Relu(Matrix z)"));
    }

    [Test]
    public void Pack_CarriesItsOwnRubricAndVisibility()
    {
        Assert.Multiple(() =>
        {
            Assert.That(TestPacks.Relu.MethodNames, Is.EqualTo(new[] { "Relu", "CountPositive" }));
            Assert.That(TestPacks.Relu.Tests.Rubric.Select(t => (t.Method, t.Item)), Is.EqualTo(new[] { ("Relu", 1), ("Relu", 2), ("Relu", 3), ("CountPositive", 1) }));
            Assert.That(TestPacks.Relu.Limits(GradingLimits.Default).PerCall, Is.EqualTo(TimeSpan.FromSeconds(1)));
            Assert.That(TestPacks.Relu.Course.Gradescope.Visibility, Is.EqualTo("after_due_date"));
            Assert.That(TestPacks.Relu.Tests.Rubric.Select(t => t.MaxScore), Is.EqualTo(new[] { 1, 0.5, 0.5, 1 }), "the points of the pack's own course.json");
            Assert.That(TestPacks.Relu.MaxScore, Is.EqualTo(3));
        });
    }

    [Test]
    [Category(TestCategories.TrustBoundary)]
    public void TheGraderProgram_GradesWithAPackGivenByExercise()
    {
        using var folder = new TemporaryFolder();
        File.Copy(Path.Combine(s_submissions, "correct.cs"), Path.Combine(folder.Path, "Activations.cs"));
        var results = Path.Combine(folder.Path, "results.json");

        var run = ProcessRun.Grader([folder.Path, "--exercise", TestPacks.ReluFolder, "--out", results]);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Zero, run.ToString());
            Assert.That((double)JObject.Parse(File.ReadAllText(results))["score"]!, Is.EqualTo(3));
        });
    }

    [Test]
    public void Visibility_ChosenOnATest_OverridesThePacksDefault_InGradescopesResult()
    {
        using var folder = new TemporaryFolder();
        File.Copy(Path.Combine(s_submissions, "correct.cs"), Path.Combine(folder.Path, "Activations.cs"));
        var result = s_grader.Value.Grade(folder.Path);

        var json = JObject.Parse(new GradescopeFormat().Write(result, TestPacks.Relu.ReportContext(null, DateTimeOffset.UnixEpoch)));

        Assert.That(json["tests"]!.Select(t => (string)t["visibility"]!), Is.EqualTo(new[] { "visible", "after_due_date", "after_due_date", "after_due_date" }));
    }

    [Test]
    public void ABrokenPack_IsAGraderFaultThatSaysWhatToFix()
    {
        using var pack = new TemporaryFolder();
        foreach (var file in Directory.GetFiles(TestPacks.ReluFolder))
        {
            File.Copy(file, Path.Combine(pack.Path, Path.GetFileName(file)));
        }

        var course = Path.Combine(pack.Path, CourseConfiguration.FileName);
        File.WriteAllText(course, File.ReadAllText(course).Replace("\"Shape_IsKept\"", "\"Shape_IsKep\"", StringComparison.Ordinal));
        using var submission = new TemporaryFolder();
        var results = Path.Combine(submission.Path, "results.json");

        var run = ProcessRun.Grader([Path.Combine(s_submissions, "correct.cs"), "--exercise", pack.Path, "--out", results]);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(1));
            Assert.That(run.Stderr, Does.Contain("course.json gives no points to the check Relu › Shape_IsKept (\"the shape stays the same\"): add \"Shape_IsKept\": POINTS under \"points\" › \"Relu\""));
            Assert.That(run.Stderr, Does.Contain("course.json's \"points\" names the check Relu › Shape_IsKep, which is not a hidden test of Relu: its checks are Values_AreMaxOfZeroAndZ, Shape_IsKept, Argument_IsLeftUnchanged"));
            Assert.That((string)JObject.Parse(File.ReadAllText(results))["output"]!, Does.Contain(GradingResult.NotYourFault));
        });
    }
}
