using System.IO.Compression;
using System.Runtime.Versioning;
using Initialization.Grader.Packaging;
using Newtonsoft.Json.Linq;

namespace Initialization.Grader.Tests;

/// <summary>
/// The Gradescope autograder zip end to end: built by grade.sh, unpacked into a temporary root
/// standing in for /autograder (AUTOGRADER_ROOT) the way Gradescope does it, set up by its
/// setup.sh, then run_autograder grades submissions (here as root, as on Gradescope) and always
/// leaves results.json behind.
/// </summary>
[NonParallelizable]
[Category(TestCategories.EndToEnd)]
[Platform(Exclude = "Win", Reason = "the platforms run these bash scripts on Linux")]
[UnsupportedOSPlatform("windows")]
public class GradescopeBundleTests
{
    private TemporaryFolder _folder = null!;
    private string _zip = null!;
    private string _root = null!;

    private string Results => Path.Combine(_root, "results", "results.json");

    [OneTimeSetUp]
    public void BuildBundleAndSetUpTheImage()
    {
        _folder = new TemporaryFolder();
        _zip = Path.Combine(_folder.Path, "out", "autograder.zip");
        var build = ProcessRun.GradeScript("--gradescope-bundle", _zip);
        Assert.That(build.ExitCode, Is.Zero, build.ToString());

        // What Gradescope does: unpack into source/, copy run_autograder up, run setup.sh once.
        _root = Path.Combine(_folder.Path, "autograder");
        ZipFile.ExtractToDirectory(_zip, Path.Combine(_root, "source"));
        File.Copy(Path.Combine(_root, "source", "run_autograder"), Path.Combine(_root, "run_autograder"));
        var setup = PlatformSandbox.RunScript(Path.Combine(_root, "source", "setup.sh"), "AUTOGRADER_ROOT", _root);
        Assert.That(setup.ExitCode, Is.Zero, setup.ToString());
    }

    [OneTimeTearDown]
    public void Remove() => _folder.Dispose();

    [Test]
    public void Bundle_HasTheScriptsAtItsRoot_Executable_TheGraderAndNoSolution()
    {
        using var zip = ZipFile.OpenRead(_zip);
        var names = zip.Entries.Select(e => e.FullName).ToList();
        var executable = (UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute) & (UnixFileMode)(zip.GetEntry("run_autograder")!.ExternalAttributes >> 16);

        Assert.Multiple(() =>
        {
            Assert.That(names, Does.Contain("setup.sh").And.Contain("run_autograder").And.Contain("grader/Initialization.Grader").And.Contain("grader/" + SelfContainedGrader.WorkerExecutable));
            Assert.That(names, Does.Contain("grader/libcoreclr.so"), "self-contained: the .NET runtime is inside");
            Assert.That(executable, Is.Not.EqualTo((UnixFileMode)0));
            Assert.That(names.Where(n => n.Contains("Solution", StringComparison.Ordinal)), Is.Empty);
        });
    }

    [Test]
    public void Solution_ScoresFullMarks_InAValidResultsJson()
    {
        PlatformSandbox.PlaceSubmission(Path.Combine(_root, "submission"), File.ReadAllText(RepositoryPaths.Solution));

        var run = PlatformSandbox.RunScript(Path.Combine(_root, "run_autograder"), "AUTOGRADER_ROOT", _root);
        var text = File.ReadAllText(Results);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Zero, run.ToString());
            Assert.That(SchemaFiles.JsonErrors(SchemaFiles.Gradescope, text), Is.Empty, text);
            Assert.That((double)JObject.Parse(text)["score"]!, Is.EqualTo(10.0), run.ToString());
            Assert.That(run.Stderr, Does.Not.Contain("dotnet was called"));
        });
    }

    [Test]
    public void BrokenSubmission_ScoresZero_WithTheCompilerError()
    {
        PlatformSandbox.PlaceSubmission(Path.Combine(_root, "submission"), PlatformSandbox.Broken);

        var run = PlatformSandbox.RunScript(Path.Combine(_root, "run_autograder"), "AUTOGRADER_ROOT", _root);
        var json = JObject.Parse(File.ReadAllText(Results));

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Zero, run.ToString());
            Assert.That((double)json["score"]!, Is.Zero);
            Assert.That(json.ToString(), Does.Contain("CS1002"), "the student sees the compiler's message");
        });
    }

    [Test]
    public void EmptySubmission_IsNotGradable_ResultsStillWritten()
    {
        PlatformSandbox.PlaceSubmission(Path.Combine(_root, "submission"), null);

        var run = PlatformSandbox.RunScript(Path.Combine(_root, "run_autograder"), "AUTOGRADER_ROOT", _root);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Zero, run.ToString());
            Assert.That((string)JObject.Parse(File.ReadAllText(Results))["output"]!, Does.StartWith("Not gradable"));
        });
    }

    [Test]
    public void GraderThatCannotStart_StillLeavesAResultsJson_SayingItIsNotTheStudentsFault()
    {
        // A separate root, so the shared one keeps its grader.
        var root = Path.Combine(_folder.Path, "autograder-without-grader");
        Directory.CreateDirectory(Path.Combine(root, "source"));
        File.Copy(Path.Combine(_root, "run_autograder"), Path.Combine(root, "run_autograder"));
        PlatformSandbox.PlaceSubmission(Path.Combine(root, "submission"), File.ReadAllText(RepositoryPaths.Solution));

        var run = PlatformSandbox.RunScript(Path.Combine(root, "run_autograder"), "AUTOGRADER_ROOT", root);
        var text = File.ReadAllText(Path.Combine(root, "results", "results.json"));

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Zero, run.ToString());
            Assert.That(SchemaFiles.JsonErrors(SchemaFiles.Gradescope, text), Is.Empty, text);
            Assert.That((string)JObject.Parse(text)["output"]!, Does.Contain("not your fault"));
        });
    }
}
