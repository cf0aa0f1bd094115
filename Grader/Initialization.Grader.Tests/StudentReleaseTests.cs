using System.Text.RegularExpressions;
using System.Xml.Linq;
using Initialization.Grader.Packaging;
using Initialization.Kit;
using Newtonsoft.Json.Linq;

namespace Initialization.Grader.Tests;

/// <summary>
/// The student release (grade.sh --release): exactly what kit.json ships plus a README, a
/// .gitignore and the GitHub Classroom workflow; nothing of the solution, the grader or the
/// hidden tests; and a kit that builds and tests on its own, away from the repository.
/// </summary>
[NonParallelizable]
[Category(TestCategories.EndToEnd)]
public partial class StudentReleaseTests
{
    private static readonly TimeSpan s_dotnetLimit = TimeSpan.FromMinutes(10);

    private TemporaryFolder _folder = null!;
    private string _release = null!;

    [OneTimeSetUp]
    public void BuildRelease()
    {
        _folder = new TemporaryFolder();
        _release = Path.Combine(_folder.Path, "release");
        var run = ProcessRun.GradeScript("--release", _release);
        Assert.That(run.ExitCode, Is.Zero, run.ToString());
    }

    [OneTimeTearDown]
    public void Remove() => _folder.Dispose();

    [Test]
    public void Release_HoldsExactlyTheShippedFiles_PlusReadmeGitignoreWorkflowAndSolutionFile()
    {
        var kit = KitRepository.Open(RepositoryPaths.Root);
        var tracked = ProcessRun.Run("git", ["ls-files", "--", .. kit.ShipsToStudents], TimeSpan.FromMinutes(1), RepositoryPaths.Root)
            .Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.That(ReleaseFiles(), Is.EquivalentTo(tracked.Concat(["README.md", ".gitignore", StudentRelease.WorkflowPath, StudentRelease.SolutionFilePath])));
    }

    [Test]
    public void Release_HoldsNothingInstructorOnly()
    {
        var kit = KitRepository.Open(RepositoryPaths.Root);
        // The release writes its own README, .gitignore and workflow from platforms/; only the
        // files copied from the repository can be instructor-only by path.
        string[] writtenByRelease = ["README.md", ".gitignore", StudentRelease.WorkflowPath, StudentRelease.SolutionFilePath];
        var copied = ReleaseFiles().Except(writtenByRelease);

        Assert.Multiple(() =>
        {
            Assert.That(copied.Where(f => KitManifest.IsCoveredBy(f, kit.InstructorsOnly)), Is.Empty);
            Assert.That(File.ReadAllText(Path.Combine(_release, "README.md")), Is.Not.EqualTo(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"))),
                "the release must carry the student README, not the instructors' one");
            Assert.That(ReleaseFiles().Where(f => f.StartsWith("Solution/", StringComparison.Ordinal) || f.StartsWith("Grader/", StringComparison.Ordinal) || f == "Initialization.slnx" || f == "kit.json"), Is.Empty);
        });
    }

    [Test]
    public void Release_LeaksNoSolutionLine()
    {
        var solutionLines = SolutionRegionLines(File.ReadAllLines(RepositoryPaths.Solution));

        Assert.That(solutionLines, Is.Not.Empty, "the scan must have something to look for");
        Assert.That(Finds(solutionLines), Is.Empty);
    }

    [Test]
    public void Release_LeaksNoHiddenTestNameOrFixtureValue()
    {
        var hiddenTests = Path.Combine(RepositoryPaths.Root, "Grader", "Initialization.Grader.HiddenTests");
        var testNames = Directory.GetFiles(hiddenTests, "*.cs", SearchOption.AllDirectories)
            .SelectMany(f => TestMethod().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .Distinct()
            .ToList();
        var fixtureValues = JObject.Parse(File.ReadAllText(Path.Combine(hiddenTests, "Fixtures", "hidden_cases.json")))["cases"]!
            .SelectMany(c => ((JContainer)c["parameters"]!).Descendants().OfType<JValue>().Where(v => v.Type == JTokenType.String).Select(v => (string)v!))
            .Where(v => v.Trim('0').Length > 0)
            .Distinct()
            .ToList();

        Assert.Multiple(() =>
        {
            Assert.That(testNames, Is.Not.Empty);
            Assert.That(fixtureValues, Is.Not.Empty);
            Assert.That(Finds(testNames), Is.Empty, "hidden test names");
            Assert.That(Finds(fixtureValues), Is.Empty, "hidden fixture values");
            Assert.That(Finds(["Initialization.Grader", "HiddenTests"]), Is.Empty, "grader project names");
        });
    }

    [Test]
    public void ProjectFiles_ReferenceNothingOutsideTheRelease_AndNoGraderProject()
    {
        var root = Path.GetFullPath(_release) + Path.DirectorySeparatorChar;
        var msbuildFiles = Directory.GetFiles(_release, "*.*proj", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(_release, "*.props", SearchOption.AllDirectories))
            .Concat(Directory.GetFiles(_release, "*.targets", SearchOption.AllDirectories));
        var outside = new List<string>();
        var graderReferences = new List<string>();
        foreach (var file in msbuildFiles)
        {
            foreach (var attribute in XDocument.Load(file).Descendants().Attributes().Where(a => a.Name.LocalName is "Include" or "Project" or "Update"))
            {
                var value = attribute.Value;
                if (value.Contains("$(", StringComparison.Ordinal) || !(value.Contains('/') || value.Contains('\\')))
                {
                    continue;
                }

                if (!Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, value)).StartsWith(root, StringComparison.Ordinal))
                {
                    outside.Add($"{Path.GetRelativePath(_release, file)}: {value}");
                }

                if (attribute.Parent!.Name.LocalName == "ProjectReference" && value.Contains("Grader", StringComparison.OrdinalIgnoreCase))
                {
                    graderReferences.Add($"{Path.GetRelativePath(_release, file)}: {value}");
                }
            }
        }

        Assert.Multiple(() =>
        {
            Assert.That(outside, Is.Empty, "paths that leave the release");
            Assert.That(graderReferences, Is.Empty);
        });
    }

    [Test]
    public void PackageVersions_OnlyThoseTheShippedProjectsUse()
    {
        var props = File.ReadAllText(Path.Combine(_release, "Directory.Packages.props"));

        Assert.Multiple(() =>
        {
            // The runner's scratchpad compiles the student's C# with Roslyn scripting; the grader's own Roslyn stays behind.
            Assert.That(props, Does.Contain("\"NUnit\"").And.Contain("\"ScottPlot\"").And.Contain("\"Microsoft.CodeAnalysis.CSharp.Scripting\""));
            Assert.That(props, Does.Not.Contain("\"Microsoft.CodeAnalysis.CSharp\"").And.Not.Contain("NJsonSchema").And.Not.Contain("BenchmarkDotNet"));
        });
    }

    [Test]
    public void CopiedElsewhere_TheRootCommandsWork_ThePublicTestsFailOnceAMethodWithNotImplementedYet_AndPassWithTheSolution()
    {
        // Another folder than the one grade.sh wrote: the kit must not depend on where it lies.
        // The command is the README's: dotnet test at the kit's root (its solution file), which
        // builds the kit first (a separate dotnet build would cost this test a second MSBuild run).
        var kit = Path.Combine(_folder.Path, "elsewhere", "initialization");
        CopyFolder(_release, kit);

        var results = Path.Combine(_folder.Path, "test-results");
        var test = Dotnet(kit, "test", "--logger", "trx;LogFileName=public.trx", "--results-directory", results);
        Assert.That(Path.Combine(results, "public.trx"), Does.Exist, "the kit did not build, or its tests did not run: " + test);
        var outcomes = XDocument.Load(Path.Combine(results, "public.trx")).Descendants().Where(e => e.Name.LocalName == "UnitTestResult").ToList();
        Assert.Multiple(() =>
        {
            Assert.That(test.ExitCode, Is.Not.Zero, "the untouched starter fails its public tests");
            Assert.That(outcomes, Has.Count.EqualTo(11));
            // One failure per method says it is not implemented yet; the method's other tests are skipped, not repeated.
            Assert.That(outcomes.Count(o => (string?)o.Attribute("outcome") == "Failed"), Is.EqualTo(3));
            Assert.That(outcomes.Count(o => (string?)o.Attribute("outcome") == "NotExecuted"), Is.EqualTo(8));
            Assert.That(outcomes.Where(o => (string?)o.Attribute("outcome") == "Failed").Select(o => o.Descendants().FirstOrDefault(e => e.Name.LocalName == "Message")?.Value), Is.All.Contains("is not implemented yet"));
            Assert.That(test.Stdout, Does.Not.Contain("   at "), "no stack trace");
        });

        // Written, not copied: a copy keeps the solution's older time stamp, and the build would skip it.
        File.WriteAllText(Path.Combine(kit, "Starter", "Initializers.cs"), File.ReadAllText(RepositoryPaths.Solution));
        var solved = Dotnet(kit, "test");
        Assert.That(solved.ExitCode, Is.Zero, solved.ToString());
        Assert.That(solved.Stdout, Does.Contain("Passed:    11"), solved.ToString());
    }

    [Test]
    public void Release_IsRefused_WhenTheStarterHoldsTheSolution_AndNothingIsWritten()
    {
        // A copy of the kit whose starter an instructor "tried out" with the solution.
        var kit = Path.Combine(_folder.Path, "solved-kit");
        foreach (var file in new[] { "kit.json", "course.json", "Directory.Packages.props", "Solution/Initializers.cs" }.Concat(Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "platforms"), "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(RepositoryPaths.Root, f))))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(kit, file))!);
            File.Copy(Path.Combine(RepositoryPaths.Root, file), Path.Combine(kit, file));
        }

        var manifest = JObject.Parse(File.ReadAllText(Path.Combine(kit, "kit.json")));
        manifest["ships_to_students"] = new JArray("Starter/Initializers.cs", "Directory.Packages.props");
        File.WriteAllText(Path.Combine(kit, "kit.json"), manifest.ToString());
        Directory.CreateDirectory(Path.Combine(kit, "Starter"));
        File.Copy(RepositoryPaths.Solution, Path.Combine(kit, "Starter", "Initializers.cs"));
        var output = Path.Combine(_folder.Path, "solved-release");

        Assert.Multiple(() =>
        {
            Assert.That(() => StudentRelease.Write(KitRepository.Open(kit), output), Throws.TypeOf<PackagingException>().With.Message.Contains("holds a line of the reference solution"));
            Assert.That(Directory.Exists(output), Is.False);
            Assert.That(Directory.GetDirectories(_folder.Path).Where(d => Path.GetFileName(d).Contains(".tmp", StringComparison.Ordinal)), Is.Empty, "no staging folder left behind");
        });
    }

    [Test]
    public void Release_IntoANonEmptyFolder_IsRefused_ExitTwo_AndTheFolderIsLeftAlone()
    {
        var occupied = Path.Combine(_folder.Path, "occupied");
        Directory.CreateDirectory(occupied);
        File.WriteAllText(Path.Combine(occupied, "notes.txt"), "mine");

        var run = ProcessRun.GradeScript("--release", occupied);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(2));
            Assert.That(run.Stderr, Does.Contain("already exists and is not empty"));
            Assert.That(run.Stderr, Does.Not.Contain("   at "), "no stack trace");
            Assert.That(run.Stdout, Is.Empty);
            Assert.That(Directory.GetFileSystemEntries(occupied), Has.Length.EqualTo(1));
            Assert.That(File.ReadAllText(Path.Combine(occupied, "notes.txt")), Is.EqualTo("mine"));
        });
    }

    [Test]
    public void Release_IntoAnEmptyFolder_FillsIt()
    {
        var empty = Path.Combine(_folder.Path, "empty");
        Directory.CreateDirectory(empty);

        var run = ProcessRun.GradeScript("--release", empty);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Zero, run.ToString());
            Assert.That(File.Exists(Path.Combine(empty, "Starter", "Initializers.cs")), Is.True);
        });
    }

    [TestCase("--release", "a", "--gradescope-bundle", "b.zip")]
    [TestCase("--release", "a", "Solution/Initializers.cs")]
    public void PackagingRequest_ThatMixesModesOrGivesASubmission_IsAUsageError(params string[] arguments)
    {
        var run = ProcessRun.GradeScript(arguments);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString());
            Assert.That(run.Stdout, Is.Empty, "packaging modes never print a score");
        });
    }

    private List<string> ReleaseFiles() =>
        [.. Directory.GetFiles(_release, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(_release, f).Replace('\\', '/'))];

    /// <summary>Each file of the release that holds one of <paramref name="needles"/>, with the needle.</summary>
    private List<string> Finds(IEnumerable<string> needles)
    {
        var texts = ReleaseFiles().Where(f => !f.EndsWith(".ttf", StringComparison.Ordinal)).ToDictionary(f => f, f => File.ReadAllText(Path.Combine(_release, f)));
        return [.. from needle in needles from text in texts where text.Value.Contains(needle, StringComparison.Ordinal) select $"{text.Key}: {needle}"];
    }

    /// <summary>The code lines between the solution markers, read independently of the release builder.</summary>
    private static List<string> SolutionRegionLines(IEnumerable<string> lines)
    {
        var inside = false;
        var found = new List<string>();
        foreach (var line in lines.Select(l => l.Trim()))
        {
            inside = line switch
            {
                "// BEGIN SOLUTION" => true,
                "// END SOLUTION" => false,
                _ => inside,
            };
            if (inside && line.Length > 0 && !line.StartsWith("//", StringComparison.Ordinal))
            {
                found.Add(line);
            }
        }

        return found;
    }

    private static ProcessRun.Outcome Dotnet(string workingDirectory, params string[] arguments) =>
        ProcessRun.Run("dotnet", arguments, s_dotnetLimit, workingDirectory, new Dictionary<string, string?>
        {
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["DOTNET_NOLOGO"] = "1",
        });

    private static void CopyFolder(string source, string destination)
    {
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(destination, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    [GeneratedRegex(@"public\s+void\s+(\w+)\s*\(")]
    private static partial Regex TestMethod();
}
