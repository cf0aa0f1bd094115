using System.Runtime.Versioning;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;

namespace Initialization.Grader.Tests;

/// <summary>
/// The grader image's build context and PrairieLearn's entry point in it, end to end: built by
/// grade.sh, then the entry point grades a temporary root standing in for /grade (GRADE_ROOT),
/// with the exercise pack (grade.sh --exercise-pack) as the question's tests/, and always
/// leaves results.json behind. The context holds no hidden test and no expected value. No Docker engine runs here, so the Dockerfile is
/// checked as text: a pinned base image, and every file it copies present in the context.
/// </summary>
[NonParallelizable]
[Category(TestCategories.EndToEnd)]
[Platform(Exclude = "Win", Reason = "the platforms run these bash scripts on Linux")]
[UnsupportedOSPlatform("windows")]
public partial class DockerContextTests
{
    private TemporaryFolder _folder = null!;
    private string _context = null!;
    private string _pack = null!;

    private string EntryPoint => Path.Combine(_context, "grader", "prairielearn-entrypoint");

    [OneTimeSetUp]
    public void BuildContext()
    {
        _folder = new TemporaryFolder();
        _context = Path.Combine(_folder.Path, "grader-image");
        var build = ProcessRun.GradeScript("--docker-context", _context);
        Assert.That(build.ExitCode, Is.Zero, build.ToString());
        _pack = Path.Combine(_folder.Path, "question-tests");
        var pack = ProcessRun.GradeScript("--exercise-pack", _pack);
        Assert.That(pack.ExitCode, Is.Zero, pack.ToString());
    }

    [Test]
    public void Context_HoldsNoHiddenTestAndNoExpectedValue()
    {
        var fixtures = JObject.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "Grader", "Initialization.Grader.HiddenTests", "Fixtures", "hidden_cases.json")));
        var expectedValues = fixtures.SelectTokens("$.cases[*].parameters.*.values[*]").Select(v => (string)v!).Where(v => v != "0000000000000000").Distinct().Take(50).ToList();
        string[] testNames = ["Initialization.Grader.HiddenTests", "TrainingNetwork_MatchesNumpy", "hidden_cases", "notebook_zeros_random"];
        var offending = new List<string>();
        foreach (var file in Directory.EnumerateFiles(_context, "*", SearchOption.AllDirectories))
        {
            var text = System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(file));
            offending.AddRange(testNames.Concat(expectedValues).Where(t => text.Contains(t, StringComparison.Ordinal)).Select(t => $"{Path.GetRelativePath(_context, file)}: {t}"));
        }

        Assert.Multiple(() =>
        {
            Assert.That(expectedValues, Has.Count.EqualTo(50), "the scan needs expected values to look for");
            Assert.That(offending, Is.Empty, "the public image must not carry the hidden tests or their expected values");
            Assert.That(Directory.EnumerateFiles(_pack).Select(Path.GetFileName), Is.SupersetOf(new[] { "exercise.json", "Initialization.Grader.HiddenTests.dll" }), "the pack written for the question's tests/ folder");
        });
    }

    [Test]
    public void PrairieLearn_WithoutTheQuestionsTests_IsAGraderFault_NotAGrade()
    {
        var root = Grade(File.ReadAllText(RepositoryPaths.Solution), out var run, withPack: false);
        var json = JObject.Parse(File.ReadAllText(Path.Combine(root, "results", "results.json")));

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Zero, run.ToString());
            Assert.That((bool)json["gradable"]!, Is.False);
            Assert.That((string)json["message"]!, Does.Contain("could not load its exercise"));
        });
    }

    [OneTimeTearDown]
    public void Remove() => _folder.Dispose();

    [Test]
    public void PrairieLearn_Solution_ScoresOne_InAValidResultsJson()
    {
        var root = Grade(File.ReadAllText(RepositoryPaths.Solution), out var run);
        var text = File.ReadAllText(Path.Combine(root, "results", "results.json"));

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Zero, run.ToString());
            Assert.That(SchemaFiles.JsonErrors(SchemaFiles.PrairieLearn, text), Is.Empty, text);
            Assert.That((bool)JObject.Parse(text)["gradable"]!, Is.True);
            Assert.That((double)JObject.Parse(text)["score"]!, Is.EqualTo(1.0));
            Assert.That(run.Stderr, Does.Not.Contain("dotnet was called"));
        });
    }

    [Test]
    public void PrairieLearn_BrokenSubmission_ScoresZero()
    {
        var root = Grade(PlatformSandbox.Broken, out var run);
        var json = JObject.Parse(File.ReadAllText(Path.Combine(root, "results", "results.json")));

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Zero, run.ToString());
            Assert.That((double)json["score"]!, Is.Zero);
            Assert.That(json.ToString(), Does.Contain("CS1002"));
        });
    }

    [Test]
    public void PrairieLearn_NoStudentFile_IsNotGradable()
    {
        var root = Grade(null, out var run);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Zero, run.ToString());
            Assert.That((bool)JObject.Parse(File.ReadAllText(Path.Combine(root, "results", "results.json")))["gradable"]!, Is.False);
        });
    }

    [Test]
    public void PrairieLearn_GraderThatCannotStart_StillLeavesAResultsJson_NotGradable()
    {
        var alone = Path.Combine(_folder.Path, "entrypoint-alone");
        Directory.CreateDirectory(alone);
        var entryPoint = Path.Combine(alone, "prairielearn-entrypoint");
        File.Copy(EntryPoint, entryPoint);
        var root = Path.Combine(_folder.Path, "grade-without-grader");
        PlatformSandbox.PlaceSubmission(Path.Combine(root, "student"), File.ReadAllText(RepositoryPaths.Solution));

        var run = PlatformSandbox.RunScript(entryPoint, "GRADE_ROOT", root);
        var text = File.ReadAllText(Path.Combine(root, "results", "results.json"));

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Zero, run.ToString());
            Assert.That(SchemaFiles.JsonErrors(SchemaFiles.PrairieLearn, text), Is.Empty, text);
            Assert.That((bool)JObject.Parse(text)["gradable"]!, Is.False);
        });
    }

    [Test]
    public void Dockerfile_PinsItsBaseImageToAnExactVersion()
    {
        var from = File.ReadLines(Path.Combine(_context, "Dockerfile")).Single(l => l.StartsWith("FROM ", StringComparison.Ordinal));

        Assert.That(from, Does.Match(PinnedImage()), "FROM names an exact version (or a digest), never latest or a bare major version");
    }

    [Test]
    public void Dockerfile_CopiesOnlyWhatTheContextHolds_AndStartsTheEntryPoint()
    {
        var dockerfile = File.ReadAllLines(Path.Combine(_context, "Dockerfile"));
        var sources = dockerfile.Where(l => l.StartsWith("COPY ", StringComparison.Ordinal)).Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]);

        Assert.Multiple(() =>
        {
            Assert.That(sources.Select(s => Path.Combine(_context, s)).Where(p => !Directory.Exists(p) && !File.Exists(p)), Is.Empty);
            Assert.That(dockerfile, Has.One.EqualTo("CMD [\"/opt/initialization-grader/prairielearn-entrypoint\"]"));
            Assert.That(File.Exists(EntryPoint), Is.True);
            Assert.That(File.GetUnixFileMode(EntryPoint) & UnixFileMode.UserExecute, Is.EqualTo(UnixFileMode.UserExecute));
        });
    }

    [Test]
    public void Context_IntoANonEmptyFolder_IsRefused_AndLeftAlone()
    {
        var run = ProcessRun.GradeScript("--docker-context", _context);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(2));
            Assert.That(run.Stderr, Does.Contain("already exists and is not empty"));
            Assert.That(File.Exists(Path.Combine(_context, "Dockerfile")), Is.True);
        });
    }

    private string Grade(string? submission, out ProcessRun.Outcome run, bool withPack = true)
    {
        var root = Path.Combine(_folder.Path, $"grade-{Guid.NewGuid():N}");
        PlatformSandbox.PlaceSubmission(Path.Combine(root, "student"), submission);
        if (withPack)
        {
            // PrairieLearn mounts the question's tests/ folder at /grade/tests.
            Directory.CreateDirectory(Path.Combine(root, "tests"));
            foreach (var file in Directory.GetFiles(_pack))
            {
                File.Copy(file, Path.Combine(root, "tests", Path.GetFileName(file)));
            }
        }

        run = PlatformSandbox.RunScript(EntryPoint, "GRADE_ROOT", root);
        return root;
    }

    // name:tag with a dotted version (debian:12.11-slim), or a digest.
    [GeneratedRegex(@"^FROM (--platform=[a-z0-9/]+ )?[a-z0-9./-]+(:[A-Za-z0-9_-]*[0-9]+\.[0-9]+[A-Za-z0-9._-]*|@sha256:[0-9a-f]{64}|:[A-Za-z0-9._-]+@sha256:[0-9a-f]{64})$")]
    private static partial Regex PinnedImage();
}
