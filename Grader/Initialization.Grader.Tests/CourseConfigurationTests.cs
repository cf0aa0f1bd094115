using System.Globalization;
using System.Text.RegularExpressions;
using Initialization.Grader.Exercise;
using Initialization.Grader.Gradebooks;
using Initialization.Grader.HiddenTests.Subject;

namespace Initialization.Grader.Tests;

/// <summary>
/// course.json, the course's one configuration file: the hidden tests take their points and
/// visibility from it, every document that states a method's points agrees with it, and a bad
/// file is refused with a message that names the place and what to write.
/// </summary>
public sealed partial class CourseConfigurationTests
{
    private static readonly string s_coursePath = Path.Combine(RepositoryPaths.Root, CourseConfiguration.FileName);

    private static CourseConfiguration Course => CourseConfiguration.Load(s_coursePath);

    private static IReadOnlyList<string> Methods => TestPacks.Initialization.MethodNames;

    [Test]
    public void Rubric_TakesEachChecksPointsFromCourseJson()
    {
        var rubric = TestPacks.Initialization.Tests.Rubric;

        Assert.Multiple(() =>
        {
            Assert.That(rubric.Select(t => (t.Method, t.Check, t.MaxScore)), Is.EquivalentTo(Course.Points.SelectMany(m => m.Value.Select(c => (m.Key, c.Key, c.Value)))));
            Assert.That(TestPacks.Initialization.MaxScore, Is.EqualTo(Methods.Sum(Course.MethodPoints)));
        });
    }

    [Test]
    public void Rubric_GivesEachMethodThePointsTheAssignmentPromises()
    {
        var byMethod = TestPacks.Initialization.Tests.Rubric.GroupBy(t => t.Method).ToDictionary(g => g.Key, g => g.Sum(t => t.MaxScore));

        Assert.That(byMethod, Is.EqualTo(Methods.ToDictionary(m => m, m => AssignmentTablePoints()[m])));
    }

    [Test]
    public void AssignmentsRubricTableAndHeadings_AgreeWithCourseJson()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "Assignment.md"));
        var headings = ExerciseHeading().Matches(text).Select(m => Number(m.Groups["points"].Value)).ToList();
        var training = HeTrainingSentence().Match(text);

        Assert.Multiple(() =>
        {
            Assert.That(AssignmentTablePoints(), Is.EqualTo(Methods.ToDictionary(m => m, Course.MethodPoints)), "Assignment.md's rubric table (\"| `Method` | points |\") must list course.json's points per method");
            Assert.That(Number(AssignmentTotal().Match(text).Groups["total"].Value), Is.EqualTo(Methods.Sum(Course.MethodPoints)), "Assignment.md's rubric table's Total row");
            Assert.That(headings, Is.EqualTo(Methods.Select(Course.MethodPoints)), "Assignment.md's headings \"## Exercise N: … (P points)\", in the order of exercise.json's methods");
            Assert.That(training.Success, Is.True, "Assignment.md's sentence on He's training test: \"one more test (P of its T points)\"");
            Assert.That((Number(training.Groups["check"].Value), Number(training.Groups["total"].Value)), Is.EqualTo((Course.CheckPoints(GradedMethods.He, "Training_ReachesTheCourseCosts"), Course.MethodPoints(GradedMethods.He))), "Assignment.md's sentence on He's training test");
        });
    }

    [TestCase("README.md")]
    [TestCase("platforms/release/README.md")]
    public void ReadmesClassroomTotals_AgreeWithCourseJson(string readme)
    {
        var totals = ReportedPoints().Matches(File.ReadAllText(Path.Combine(RepositoryPaths.Root, readme))).Select(m => Number(m.Groups["total"].Value)).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(totals, Is.Not.Empty, $"{readme} quotes the Classroom reporter's \"Points X/TOTAL\"");
            Assert.That(totals, Is.All.EqualTo(Methods.Sum(Course.MethodPoints)), $"{readme}'s \"Points X/TOTAL\" and \"Points 0/TOTAL\"");
        });
    }

    [Test]
    public void ChangingOneChecksPoints_ChangesThatMethodOnly()
    {
        using var pack = PackWith(course => course.Replace("\"Training_ReachesTheCourseCosts\": 1", "\"Training_ReachesTheCourseCosts\": 2.5", StringComparison.Ordinal));
        var loaded = ExercisePack.Load(pack.Path);
        var byMethod = loaded.Tests.Rubric.GroupBy(t => t.Method).ToDictionary(g => g.Key, g => g.Sum(t => t.MaxScore));

        Assert.Multiple(() =>
        {
            Assert.That(byMethod[GradedMethods.He], Is.EqualTo(Course.MethodPoints(GradedMethods.He) + 1.5));
            Assert.That(byMethod[GradedMethods.Zeros], Is.EqualTo(Course.MethodPoints(GradedMethods.Zeros)));
            Assert.That(loaded.MaxScore, Is.EqualTo(TestPacks.Initialization.MaxScore + 1.5));
        });
    }

    [Test]
    public void CheckVisibility_OverridesTheCoursesDefault_ForThatCheckOnly()
    {
        using var pack = PackWith(course => course.Replace("\"check_visibility\": {}", "\"check_visibility\": { \"InitializeParametersHe\": { \"Training_ReachesTheCourseCosts\": \"after_published\" } }", StringComparison.Ordinal));
        var rubric = ExercisePack.Load(pack.Path).Tests.Rubric;

        Assert.Multiple(() =>
        {
            Assert.That(rubric.Single(t => t.Check == "Training_ReachesTheCourseCosts").Visibility, Is.EqualTo("after_published"));
            Assert.That(rubric.Where(t => t.Check != "Training_ReachesTheCourseCosts").Select(t => t.Visibility), Is.All.Null, "the others take the course's default, which the report applies");
        });
    }

    private static readonly object[] s_badFiles =
    [
        new object[] { "a check it does not know", (Func<string, string>)(c => c.Replace("\"DeepNetwork_MatchesNumpy\": 0.5,\n      \"SingleLayer", "\"DeepNetwork_MatchesNumpy\": 0.5,\n      \"DeepNetwork\": 1,\n      \"SingleLayer", StringComparison.Ordinal)), "\"points\" names the check InitializeParametersZeros › DeepNetwork, which is not a hidden test of InitializeParametersZeros: its checks are NotebookExample_MatchesTheCourse, TrainingNetwork_MatchesNumpy" },
        new object[] { "a check left out", (Func<string, string>)(c => c.Replace("      \"Argument_IsLeftUnchanged\": 0.25,\n      \"Training", "      \"Training", StringComparison.Ordinal)), "gives no points to the check InitializeParametersHe › Argument_IsLeftUnchanged (\"the argument left unchanged\"): add \"Argument_IsLeftUnchanged\": POINTS under \"points\" › \"InitializeParametersHe\"" },
        new object[] { "a method exercise.json does not grade", (Func<string, string>)(c => c.Replace("\"points\": {", "\"points\": {\n    \"InitializeParametersXavier\": { \"A\": 1 },", StringComparison.Ordinal)), "gives points to InitializeParametersXavier, which exercise.json does not grade: its graded methods are InitializeParametersZeros, InitializeParametersRandom, InitializeParametersHe" },
        new object[] { "negative points", (Func<string, string>)(c => c.Replace("\"Training_ReachesTheCourseCosts\": 1", "\"Training_ReachesTheCourseCosts\": -1", StringComparison.Ordinal)), "\"points\" › \"InitializeParametersHe\" › \"Training_ReachesTheCourseCosts\" is -1: a check is worth 0 points or more" },
        new object[] { "points written as text", (Func<string, string>)(c => c.Replace("\"Training_ReachesTheCourseCosts\": 1", "\"Training_ReachesTheCourseCosts\": \"one\"", StringComparison.Ordinal)), "is not a valid course configuration: Could not convert string to double: one. Path 'points.InitializeParametersHe.Training_ReachesTheCourseCosts', line" },
        new object[] { "a check named twice", (Func<string, string>)(c => c.Replace("\"Training_ReachesTheCourseCosts\": 1", "\"Training_ReachesTheCourseCosts\": 1, \"Training_ReachesTheCourseCosts\": 2", StringComparison.Ordinal)), "Property with the name 'Training_ReachesTheCourseCosts' already exists in the current JSON object. Path 'points.InitializeParametersHe.Training_ReachesTheCourseCosts', line" },
        new object[] { "a misspelt section", (Func<string, string>)(c => c.Replace("\"gradescope\":", "\"gradscope\":", StringComparison.Ordinal)), "Could not find member 'gradscope' on object of type 'CourseConfiguration'" },
        new object[] { "an unknown visibility", (Func<string, string>)(c => c.Replace("\"visibility\": \"visible\"", "\"visibility\": \"students\"", StringComparison.Ordinal)), "\"gradescope\" › \"visibility\" is 'students': use one of visible, after_due_date, after_published, hidden" },
        new object[] { "a visibility for a check that does not exist", (Func<string, string>)(c => c.Replace("\"check_visibility\": {}", "\"check_visibility\": { \"InitializeParametersHe\": { \"Training\": \"hidden\" } }", StringComparison.Ordinal)), "\"gradescope › check_visibility\" names the check InitializeParametersHe › Training, which is not a hidden test of InitializeParametersHe" },
        new object[] { "no points at all", (Func<string, string>)(_ => "{ \"assignment\": { \"name\": \"Lab 2\" } }"), "Required property 'points' not found in JSON" },
        new object[] { "not JSON", (Func<string, string>)(_ => "points: 3"), "is not a valid course configuration: Unexpected character encountered while parsing value: p. Path '', line 0, position 0." },
        new object[] { "an array", (Func<string, string>)(_ => "[]"), "must hold one JSON object" },
    ];

    [TestCaseSource(nameof(s_badFiles))]
    public void ABadCourseFile_IsRefusedWithAMessageThatNamesThePlace(string what, Func<string, string> edit, string message)
    {
        using var pack = PackWith(edit);

        var refusal = Assert.Throws<ExercisePackException>(() => ExercisePack.Load(pack.Path), what)!;

        Assert.That(refusal.Message, Does.Contain(message), what);
    }

    [Test]
    public void AMissingCourseFile_SaysWhatItHoldsAndWhereItComesFrom()
    {
        using var pack = PackWith(c => c);
        File.Delete(Path.Combine(pack.Path, CourseConfiguration.FileName));

        var refusal = Assert.Throws<ExercisePackException>(() => ExercisePack.Load(pack.Path))!;

        Assert.That(refusal.Message, Does.Contain("course.json is missing: every exercise pack needs its course configuration"));
    }

    [Test]
    public void GradebookOptions_GivenOnTheCommandLine_WinOverCourseJson_WhichWinsOverTheDefaults()
    {
        var course = new CourseAssignment { Name = "Lab 2", CanvasAssignmentId = "981", CanvasStudentKey = "sis-user" };

        Assert.Multiple(() =>
        {
            Assert.That(new GradebookOptions().Resolve(course, out var fromCourse), Is.Null);
            Assert.That(fromCourse, Is.EqualTo(new GradebookSettings("Lab 2", "981", CanvasStudentKey.SisUserId, "Username")));
            Assert.That(new GradebookOptions("Lab 2b", CanvasStudentKey: "canvas-id", MoodleIdentifierColumn: "ID number").Resolve(course, out var given), Is.Null);
            Assert.That(given, Is.EqualTo(new GradebookSettings("Lab 2b", "981", CanvasStudentKey.CanvasId, "ID number")));
            Assert.That(new GradebookOptions().Resolve(new CourseAssignment(), out var defaults), Is.Null);
            Assert.That(defaults, Is.EqualTo(new GradebookSettings()));
            Assert.That(new GradebookOptions().Resolve(course with { CanvasStudentKey = "email" }, out _), Is.EqualTo("unknown Canvas student key 'email' in course.json's \"assignment\" › \"canvas_student_key\": use one of sis-login, sis-user, canvas-id"));
        });
    }

    [Test]
    public void ReleaseWithoutTheClassroomWorkflow_LeavesItOut_AndKeepsEverythingElse()
    {
        using var kit = new TemporaryFolder();
        var tracked = ProcessRun.Run("git", ["ls-files"], TimeSpan.FromMinutes(1), RepositoryPaths.Root).Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        foreach (var file in tracked.Where(f => File.Exists(Path.Combine(RepositoryPaths.Root, f))))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(kit.Path, file))!);
            File.Copy(Path.Combine(RepositoryPaths.Root, file), Path.Combine(kit.Path, file));
        }

        File.WriteAllText(Path.Combine(kit.Path, CourseConfiguration.FileName), File.ReadAllText(s_coursePath).Replace("\"classroom_workflow\": true", "\"classroom_workflow\": false", StringComparison.Ordinal));
        var repository = Packaging.KitRepository.Open(kit.Path);

        var without = Packaging.StudentRelease.Write(repository, Path.Combine(kit.Path, "release-without"));
        File.WriteAllText(Path.Combine(kit.Path, CourseConfiguration.FileName), File.ReadAllText(s_coursePath));
        var with = Packaging.StudentRelease.Write(repository, Path.Combine(kit.Path, "release-with"));

        Assert.That(with.Except(without), Is.EqualTo(new[] { Packaging.StudentRelease.WorkflowPath }));
    }

    /// <summary>A copy of the kit's built pack with its course.json edited.</summary>
    private static TemporaryFolder PackWith(Func<string, string> edit)
    {
        var folder = new TemporaryFolder();
        TestPacks.CopyOfInitialization(folder.Path, editCourse: _ => edit(File.ReadAllText(s_coursePath)));
        return folder;
    }

    private static Dictionary<string, double> AssignmentTablePoints() =>
        AssignmentTableRow().Matches(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "Assignment.md")))
            .ToDictionary(m => m.Groups["method"].Value, m => Number(m.Groups["points"].Value));

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^\| `(?<method>InitializeParameters\w+)` \| (?<points>[0-9.]+) \|$", RegexOptions.Multiline)]
    private static partial Regex AssignmentTableRow();

    [GeneratedRegex(@"^\| \*\*Total\*\* \| \*\*(?<total>[0-9.]+)\*\* \|$", RegexOptions.Multiline)]
    private static partial Regex AssignmentTotal();

    [GeneratedRegex(@"^## Exercise \d+: .* \((?<points>[0-9.]+) points?\)$", RegexOptions.Multiline)]
    private static partial Regex ExerciseHeading();

    [GeneratedRegex(@"one more test \((?<check>[0-9.]+) of its (?<total>[0-9.]+) points\)")]
    private static partial Regex HeTrainingSentence();

    [GeneratedRegex(@"Points [X0]/(?<total>[0-9.]+)")]
    private static partial Regex ReportedPoints();
}
