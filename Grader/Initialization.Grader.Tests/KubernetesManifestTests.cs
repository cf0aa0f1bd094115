using System.Text.RegularExpressions;
using Initialization.Grader.Cli;
using YamlDotNet.RepresentationModel;
using static Initialization.Grader.Tests.YamlPath;

namespace Initialization.Grader.Tests;

/// <summary>
/// platforms/kubernetes: the Indexed Job grades one shard per pod with the image its Dockerfile
/// builds on the grader image, gives bubblewrap what it needs without dropping the sandbox, and
/// the merge Job combines the shards' folders. Checked as files: no cluster is at hand.
/// </summary>
public class KubernetesManifestTests
{
    private static readonly string s_folder = Path.Combine(RepositoryPaths.Root, "platforms", "kubernetes");

    [Test]
    public void GradeJob_IsAnIndexedBatchJob_WhoseShardCountIsItsCompletions()
    {
        var job = Load("grade-class-job.yaml");
        var container = Container(job);
        var args = Sequence(container, "args");

        Assert.Multiple(() =>
        {
            Assert.That(Scalar(job, "apiVersion"), Is.EqualTo("batch/v1"));
            Assert.That(Scalar(job, "kind"), Is.EqualTo("Job"));
            Assert.That(Scalar(job, "spec", "completionMode"), Is.EqualTo("Indexed"));
            Assert.That(int.Parse(Scalar(job, "spec", "parallelism")!, System.Globalization.CultureInfo.InvariantCulture), Is.InRange(1, int.Parse(Scalar(job, "spec", "completions")!, System.Globalization.CultureInfo.InvariantCulture)));
            Assert.That(Scalar(job, "spec", "template", "spec", "restartPolicy"), Is.EqualTo("Never"));
            Assert.That(args.Take(4), Is.EqualTo(new[] { "--batch", "/submissions", "--out", "/results" }));
            Assert.That(After(args, "--shard-count"), Is.EqualTo(Scalar(job, "spec", "completions")), $"each pod's shard comes from {ShardArguments.IndexVariable}; the count must be the Job's completions");
            Assert.That(args, Has.No.Member("--shard"), "the index is the pod's, not fixed");
            Assert.That(Mounts(container), Is.EquivalentTo(new[] { "/submissions", "/exercise", "/results", "/tmp" }));
            Assert.That(After(args, "--exercise"), Is.EqualTo("/exercise"));
        });
    }

    [Test]
    public void BothJobs_RunTheInstructorTool_ThatTheBatchImageAddsToTheGraderImage()
    {
        var batchDockerfile = File.ReadAllText(Path.Combine(s_folder, "Dockerfile"));
        var graderDockerfile = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "platforms", "docker", "Dockerfile"));
        var graderFolder = Regex.Match(graderDockerfile, @"^COPY grader/ (\S+)/$", RegexOptions.Multiline).Groups[1].Value;
        var instructorFolder = Regex.Match(batchDockerfile, @"^COPY instructor/ (\S+)/$", RegexOptions.Multiline).Groups[1].Value;
        var batchTag = Regex.Match(batchDockerfile, @"docker build --platform linux/amd64 -t (\S+) build/batch-image").Groups[1].Value;
        var graderTag = Regex.Match(batchDockerfile, @"docker build --platform linux/amd64 -t (\S+) build/grader-image").Groups[1].Value;

        Assert.Multiple(() =>
        {
            Assert.That(graderFolder, Is.EqualTo("/opt/initialization-grader"), "where platforms/docker puts the grader");
            Assert.That(instructorFolder, Is.EqualTo(graderFolder + "/instructor"));
            Assert.That(batchDockerfile, Does.Contain($"ARG GRADER_IMAGE={graderTag}\nFROM ${{GRADER_IMAGE}}"), "built on the grader image");
            Assert.That(batchDockerfile, Does.Contain($"ENV INITIALIZATION_GRADER_HOME={graderFolder}"), "the instructor tool grades with the grader's own build and workers");
            foreach (var file in new[] { "grade-class-job.yaml", "merge-class-job.yaml" })
            {
                var container = Container(Load(file));
                Assert.That(Scalar(container, "image"), Is.EqualTo(batchTag + ":latest"), file);
                Assert.That(Sequence(container, "command"), Is.EqualTo(new[] { instructorFolder + "/Initialization.Grader.Instructor" }), file);
            }
        });
    }

    [Test]
    public void GradeJob_AllowsBubblewrapsNamespaces_WithoutPrivilegeOrAnOptOutOfTheSandbox()
    {
        var job = Load("grade-class-job.yaml");
        var pod = (YamlMappingNode)Node(job, "spec", "template", "spec")!;
        var container = Container(job);
        var text = File.ReadAllText(Path.Combine(s_folder, "grade-class-job.yaml"));

        Assert.Multiple(() =>
        {
            Assert.That(Scalar(pod, "securityContext", "seccompProfile", "type"), Is.EqualTo("Unconfined"), "the default profile refuses unshare and mount");
            Assert.That(Scalar(pod, "securityContext", "appArmorProfile", "type"), Is.EqualTo("Unconfined"), "the default profile refuses mounts");
            Assert.That(Scalar(container, "securityContext", "procMount"), Is.EqualTo("Unmasked"), "bubblewrap mounts a fresh /proc");
            Assert.That(Scalar(pod, "hostUsers"), Is.EqualTo("false"), "Kubernetes allows an unmasked /proc only in a pod's own user namespace");
            Assert.That(Scalar(pod, "securityContext", "runAsNonRoot"), Is.EqualTo("true"));
            Assert.That(Scalar(container, "securityContext", "privileged"), Is.EqualTo("false"));
            Assert.That(Scalar(container, "securityContext", "allowPrivilegeEscalation"), Is.EqualTo("false"));
            Assert.That(Sequence(container, "securityContext", "capabilities", "drop"), Is.EqualTo(new[] { "ALL" }));
            Assert.That(Sequence(container, "args"), Has.No.Member("--allow-unsandboxed"));
            Assert.That(((YamlSequenceNode?)Node(container, "env"))?.Children.Select(e => Scalar((YamlMappingNode)e, "name")), Has.No.Member("GRADER_ALLOW_UNSANDBOXED"));
            Assert.That(text, Does.Not.Contain("privileged: true").And.Not.Contain("SYS_ADMIN"));
        });
    }

    [Test]
    public void MergeJob_MergesTheShardsFolder_IntoANewFolderBesideThem()
    {
        var job = Load("merge-class-job.yaml");
        var args = Sequence(Container(job), "args");
        var gradeArgs = Sequence(Container(Load("grade-class-job.yaml")), "args");

        Assert.Multiple(() =>
        {
            Assert.That(Scalar(job, "apiVersion"), Is.EqualTo("batch/v1"));
            Assert.That(Scalar(job, "kind"), Is.EqualTo("Job"));
            Assert.That(After(args, "--merge"), Is.EqualTo(After(gradeArgs, "--out")), "the folder the shards write their shard-I folders into");
            Assert.That(After(args, "--out"), Does.StartWith(After(gradeArgs, "--out") + "/"));
            Assert.That(After(args, "--exercise"), Is.EqualTo(After(gradeArgs, "--exercise")), "the pack the shards graded with");
        });
    }

    private static YamlMappingNode Load(string file)
    {
        var yaml = new YamlStream();
        using var reader = new StreamReader(Path.Combine(s_folder, file));
        yaml.Load(reader);
        return (YamlMappingNode)yaml.Documents.Single().RootNode;
    }

    private static YamlMappingNode Container(YamlMappingNode job) =>
        (YamlMappingNode)((YamlSequenceNode)Node(job, "spec", "template", "spec", "containers")!).Children.Single();

    private static List<string> Mounts(YamlMappingNode container) =>
        [.. ((YamlSequenceNode)container["volumeMounts"]).Children.Select(m => Scalar((YamlMappingNode)m, "mountPath")!)];

    private static List<string> Sequence(YamlMappingNode node, params string[] path) =>
        [.. ((YamlSequenceNode)Node(node, path)!).Children.Select(c => ((YamlScalarNode)c).Value!)];

    private static string? After(List<string> args, string option) => args.IndexOf(option) is var at and >= 0 && at + 1 < args.Count ? args[at + 1] : null;

}
