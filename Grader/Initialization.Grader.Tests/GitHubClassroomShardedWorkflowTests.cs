using YamlDotNet.RepresentationModel;
using static Initialization.Grader.Tests.YamlPath;

namespace Initialization.Grader.Tests;

/// <summary>
/// The sharded class workflow (grade-class-sharded.yml): one job clones the class, a matrix grades
/// one shard per runner with --shard I/N and keeps each shard's folder, and a merge job combines
/// them with --merge. (Its YAML, actionlint and shellcheck checks are the other workflows'.)
/// </summary>
public partial class GitHubClassroomWorkflowTests
{
    private const string Sharded = "grade-class-sharded.yml";

    [Test]
    public void ShardedWorkflow_GradesOneShardPerMatrixEntry_IndexAndCountFromTheMatrix()
    {
        var grade = Job(Sharded, "grade");
        var matrix = (YamlMappingNode)Node(grade, "strategy", "matrix")!;
        var gradeStep = JobSteps(grade).Single(s => Scalar(s, "run")?.Contains("./grade.sh --batch", StringComparison.Ordinal) == true);
        var upload = JobSteps(grade).Single(s => Scalar(s, "uses")?.StartsWith("actions/upload-artifact@", StringComparison.Ordinal) == true);

        Assert.Multiple(() =>
        {
            Assert.That(Scalar(grade, "needs"), Is.EqualTo("clone"));
            Assert.That(Scalar(matrix, "shard"), Is.EqualTo("${{ fromJSON(needs.clone.outputs.shards) }}"));
            Assert.That(Scalar(grade, "strategy", "fail-fast"), Is.EqualTo("false"), "one shard's failure must not cancel the others");
            Assert.That(Scalar(gradeStep, "env", "SHARD"), Is.EqualTo("${{ matrix.shard }}"));
            Assert.That(Scalar(gradeStep, "env", "SHARDS"), Is.EqualTo("${{ strategy.job-total }}"));
            Assert.That(Scalar(gradeStep, "run"), Does.Contain("--out grading --shard \"$SHARD/$SHARDS\""));
            Assert.That(Scalar(upload, "with", "name"), Is.EqualTo("shard-${{ matrix.shard }}"));
            Assert.That(Scalar(upload, "with", "path"), Is.EqualTo("grading/"), "grade.sh writes the shard into grading/shard-I");
            Assert.That(Scalar(upload, "if"), Is.EqualTo("always()"));
            Assert.That(JobSteps(grade).Select(s => Scalar(s, "run")).OfType<string>(), Has.Some.Contains("bubblewrap").And.Some.Contains("kernel.apparmor_restrict_unprivileged_userns=0"), "each grading runner installs the sandbox");
        });
    }

    [Test]
    public void ShardedWorkflow_ListsZeroToNMinusOne_AndSharesOneCopyOfTheClass_EmptyFoldersIncluded()
    {
        var clone = Job(Sharded, "clone");
        var split = JobSteps(clone).Single(s => Scalar(s, "id") == "split");
        var pack = JobSteps(clone).Single(s => Scalar(s, "run")?.StartsWith("tar ", StringComparison.Ordinal) == true);
        var unpack = JobSteps(Job(Sharded, "grade")).Single(s => Scalar(s, "run")?.StartsWith("tar ", StringComparison.Ordinal) == true);

        Assert.Multiple(() =>
        {
            Assert.That(Scalar(clone, "outputs", "shards"), Is.EqualTo("${{ steps.split.outputs.shards }}"));
            Assert.That(RunBash(Scalar(split, "run")!.Replace("\"$GITHUB_OUTPUT\"", "/dev/stdout", StringComparison.Ordinal), ("SHARDS", "4")), Is.EqualTo("shards=[0,1,2,3]\n"));
            Assert.That(Scalar(pack, "run"), Does.Contain("-cf \"$RUNNER_TEMP/submissions.tar\" submissions"), "an artifact alone would drop the empty folders (students without a file, graded not gradable)");
            Assert.That(Scalar(unpack, "run"), Does.Contain("-xf \"$RUNNER_TEMP/submissions.tar\""));
        });
    }

    [Test]
    public void ShardedWorkflow_MergesEveryShardAfterTheMatrix_AndKeepsTheClassGrades()
    {
        var merge = Job(Sharded, "merge");
        var download = JobSteps(merge).First(s => Scalar(s, "uses")?.StartsWith("actions/download-artifact@", StringComparison.Ordinal) == true);
        var mergeStep = JobSteps(merge).Single(s => Scalar(s, "run")?.Contains("./grade.sh --merge", StringComparison.Ordinal) == true);
        var upload = JobSteps(merge).Single(s => Scalar(s, "uses")?.StartsWith("actions/upload-artifact@", StringComparison.Ordinal) == true);

        Assert.Multiple(() =>
        {
            Assert.That(Scalar(merge, "needs"), Is.EqualTo("grade"));
            Assert.That(Scalar(merge, "if"), Is.EqualTo("${{ !cancelled() }}"), "after a failed shard too: the merge names what is missing");
            Assert.That(Scalar(download, "with", "pattern"), Is.EqualTo("shard-*"));
            Assert.That(Scalar(download, "with", "merge-multiple"), Is.EqualTo("true"), "every shard-I folder side by side in shards/");
            Assert.That(Scalar(mergeStep, "run"), Does.Contain("./grade.sh --merge shards --out grading"));
            Assert.That(Scalar(upload, "with", "name"), Is.EqualTo("class-grades"));
            Assert.That(Scalar(upload, "with", "path"), Is.EqualTo("grading/"));
        });
    }

    private static YamlMappingNode Job(string file, string name) => (YamlMappingNode)((YamlMappingNode)Load(file)["jobs"])[name];

    private static List<YamlMappingNode> JobSteps(YamlMappingNode job) => [.. ((YamlSequenceNode)job["steps"]).Children.Cast<YamlMappingNode>()];

    private static string RunBash(string script, params (string Name, string Value)[] environment)
    {
        var run = ProcessRun.Run("bash", ["-c", script], TimeSpan.FromMinutes(1), environment: environment.ToDictionary(e => e.Name, e => (string?)e.Value));
        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        return run.Stdout;
    }
}
