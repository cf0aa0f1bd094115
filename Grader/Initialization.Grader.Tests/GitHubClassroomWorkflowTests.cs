using Initialization.Grader.Pipeline;
using YamlDotNet.RepresentationModel;

namespace Initialization.Grader.Tests;

/// <summary>
/// The GitHub Classroom workflows parse as YAML and say what they should: the students' runs the
/// public tests of each exercise for that exercise's points and reports them; the instructors'
/// grades a submission checkout with grade.sh.
/// </summary>
public class GitHubClassroomWorkflowTests
{
    private static readonly string s_folder = Path.Combine(RepositoryPaths.Root, "platforms", "github-classroom");

    [TestCase("classroom.yml")]
    [TestCase("grade-submission.yml")]
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

    private static string? Scalar(YamlMappingNode node, params string[] path)
    {
        YamlNode current = node;
        foreach (var key in path)
        {
            if (current is not YamlMappingNode mapping || !mapping.Children.TryGetValue(new YamlScalarNode(key), out var next))
            {
                return null;
            }

            current = next;
        }

        return (current as YamlScalarNode)?.Value;
    }
}
