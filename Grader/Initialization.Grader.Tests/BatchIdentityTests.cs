using Initialization.Grader.Batch.Identity;
using Initialization.Grader.Gradebooks;
using Initialization.Grader.Pipeline;
using Newtonsoft.Json.Linq;

namespace Initialization.Grader.Tests;

/// <summary>The students' identities reach every gradebook and format: unit checks of the columns, and a class graded end to end through the instructor program.</summary>
public class BatchIdentityTests
{
    private static readonly string[] s_methods = ["InitializeParametersZeros", "InitializeParametersRandom", "InitializeParametersHe"];

    [Test]
    public void Canvas_PutsTheNameInStudent_TheCanvasUserIdInId_TheStudentIdInTheKeyColumn_AndTheSection()
    {
        IReadOnlyList<(string, GradingResult)> rows = [("mcohen", SampleResults.AllPassed()), ("11073", SampleResults.AllPassed()), ("alice", SampleResults.AllPassed())];
        var identities = new Dictionary<string, StudentIdentity>
        {
            ["mcohen"] = new("cohenmia_11073_1_Initializers.cs", "11073", "mcohen", Name: "Cohen, Mia", Section: "A", CanvasUserId: "11073"),
            ["11073"] = new("x_11073_2_Initializers.cs", "11073", "11073", CanvasUserId: "11073"),
        };

        var lines = new CanvasGradebook().Write(rows, s_methods, identities).Split("\r\n");

        Assert.That(lines[2..5], Is.EqualTo(new[]
        {
            "\"Cohen, Mia\",11073,,mcohen,A,10",
            "11073,11073,,,,10",
            "alice,,,alice,,10",
        }), "roster and Canvas export; Canvas export alone (ID only); a plain name, as before");
    }

    [Test]
    public void Moodle_IdentifierColumn_HoldsTheStudentId()
    {
        var identities = new Dictionary<string, StudentIdentity> { ["jsmith"] = new("Jo Smith_902_assignsubmission_file_", "902", "jsmith", Name: "Jo Smith", MoodleParticipant: "Participant 902") };

        var lines = new MoodleGradebook().Write([("jsmith", SampleResults.AllPassed())], s_methods, identities).Split("\r\n");

        Assert.That(lines[1], Does.StartWith("jsmith,10,"));
    }

    [Test]
    [NonParallelizable]
    public void ACanvasExportWithARoster_GradedByTheInstructorProgram_CarriesTheMappedIdsIntoEveryGradebook()
    {
        using var folder = new TemporaryFolder();
        var submissions = Directory.CreateDirectory(Path.Combine(folder.Path, "submissions")).FullName;
        File.Copy(RepositoryPaths.Solution, Path.Combine(submissions, "cohenmia_11073_5550001_Initializers.cs"));
        File.Copy(RepositoryPaths.Starter, Path.Combine(submissions, "łukasiewiczzoë_late_22001_5550002_Initializers.cs"));
        File.Copy(RepositoryPaths.Solution, Path.Combine(submissions, "smithjo_33002_5550003_Initializers-1.cs"));
        var roster = Path.Combine(folder.Path, "roster.csv");
        File.WriteAllText(roster, "\uFEFFkey,student_id,name,section\n11073,mcohen,\"Cohen, Mia\",A\n22001,zlukasiewicz,Zoë Łukasiewicz,B\n33002,jsmith,Jo Smith,A\n44004,absent,Al Absent,B\n");
        var output = Path.Combine(folder.Path, "out");

        var run = Instructor("--batch", submissions, "--out", output, "--roster", roster, "--gradebook", "canvas", "--gradebook", "moodle", "--format", "lti-ags", "--jobs", "2");

        var canvas = File.ReadAllLines(Path.Combine(output, "canvas-gradebook.csv"));
        var moodle = CsvRecords.Parse(File.ReadAllText(Path.Combine(output, "moodle-grades.csv")));
        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Zero, run.ToString());
            Assert.That(run.Stderr, Does.Contain("1 student(s) of the roster handed nothing in and get no row: absent"));
            Assert.That(canvas[2..], Is.EqualTo(new[]
            {
                "Jo Smith,33002,,jsmith,A,10",
                "\"Cohen, Mia\",11073,,mcohen,A,10",
                "Zoë Łukasiewicz,22001,,zlukasiewicz,B,0",
            }));
            Assert.That(moodle.Skip(1).Select(r => r.Fields[0]), Is.EqualTo(new[] { "jsmith", "mcohen", "zlukasiewicz" }));
            Assert.That(File.ReadAllLines(Path.Combine(output, "gradebook.csv")).Skip(1).Select(l => l.Split(',')[0]), Is.EqualTo(new[] { "jsmith", "mcohen", "zlukasiewicz" }));
            Assert.That((string)JObject.Parse(File.ReadAllText(Path.Combine(output, "results", "mcohen.lti-ags.json")))["userId"]!, Is.EqualTo("mcohen"));
            Assert.That(JObject.Parse(File.ReadAllText(Path.Combine(output, "summary.json")))["roster_without_submission"]!.ToObject<string[]>(), Is.EqualTo(new[] { "absent" }));
        });
    }

    [Test]
    public void RosterProblems_StopTheInstructorProgram_WithExitCode2_BeforeAnythingIsGraded()
    {
        using var folder = new TemporaryFolder();
        var submissions = Directory.CreateDirectory(Path.Combine(folder.Path, "submissions")).FullName;
        foreach (var name in new[] { "alice", "bob", "carol" })
        {
            File.Copy(RepositoryPaths.Solution, Path.Combine(submissions, name + ".cs"));
        }

        var roster = Path.Combine(folder.Path, "roster.csv");
        File.WriteAllText(roster, "submission,student_id\nalice,s1\nbob,s1\nali*,s2\n");
        var output = Path.Combine(folder.Path, "out");

        var run = Instructor("--batch", submissions, "--out", output, "--roster", roster);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString());
            Assert.That(run.Stderr, Does.Contain("the students could not be identified (3 problems; nothing was graded)"));
            Assert.That(run.Stderr, Does.Contain("the student_id 's1' is on lines 2 and 3"));
            Assert.That(run.Stderr, Does.Contain("the submission 'alice.cs' matches the roster's lines 2 and 4"));
            Assert.That(run.Stderr, Does.Contain("the submission 'carol.cs' matches no row of roster"));
            Assert.That(run.Stderr, Does.Not.Contain("   at "), "no stack trace");
            Assert.That(Directory.Exists(Path.Combine(output, "results")), Is.False, "nothing graded");
        });
    }

    [TestCase("--layout", "blackboard", "unknown --layout 'blackboard': use one of plain, canvas, moodle, gradescope, classroom")]
    [TestCase("--roster", "/nonexistent/roster.csv", "there is no roster file '/nonexistent/roster.csv'")]
    public void ABadIdentityOption_IsAUsageError_SayingWhatToGive(string option, string value, string expected)
    {
        using var folder = new TemporaryFolder();
        File.Copy(RepositoryPaths.Solution, Path.Combine(folder.Path, "alice.cs"));

        var run = Instructor("--batch", folder.Path, "--out", Path.Combine(folder.Path, "out"), option, value);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString());
            Assert.That(run.Stderr, Does.Contain(expected));
        });
    }

    [Test]
    public void ARosterStudentIdTooLongForAFileName_IsReported()
    {
        using var folder = new TemporaryFolder();
        File.WriteAllText(Path.Combine(folder.Path, "alice.cs"), "public static class Initializers { }");
        var roster = Path.Combine(folder.Path, "roster.csv");
        File.WriteAllText(roster, $"submission,student_id\nalice,{new string('x', 201)}\n");

        Assert.That(() => Batch.ClassRoster.Identify(folder.Path, new IdentityOptions(roster)), Throws.TypeOf<InvalidDataException>().With.Message.Contains("is longer than 200 bytes"));
    }

    /// <summary>Runs the instructor program of this test build with the kit's pack (this output folder), as grade.sh --batch does.</summary>
    private static ProcessRun.Outcome Instructor(params string[] arguments) =>
        ProcessRun.Run(
            ProcessRun.DotnetHost,
            [Path.Combine(AppContext.BaseDirectory, "Initialization.Grader.Instructor.dll"), .. arguments, "--exercise", AppContext.BaseDirectory],
            TimeSpan.FromMinutes(5));
}
