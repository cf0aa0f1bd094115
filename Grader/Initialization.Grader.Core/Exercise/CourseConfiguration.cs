using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Initialization.Grader.Exercise;

/// <summary>
/// A course's choices about an exercise, in <c>course.json</c> beside the pack's exercise.json
/// (the kit's own is the repository's <c>course.json</c>, beside kit.json): the points of each
/// hidden check of each graded method, what students see on Gradescope, how the assignment is
/// named in the gradebooks, and what the student release holds. The exercise itself (methods,
/// signatures, limits) stays in exercise.json; the tests carry no points. Read by
/// <see cref="ExercisePack"/>, which checks it against the tests.
/// </summary>
public sealed record CourseConfiguration
{
    /// <summary>The file's name.</summary>
    public const string FileName = "course.json";

    private static readonly JsonSerializerSettings s_strict = new()
    {
        MissingMemberHandling = MissingMemberHandling.Error,
        // A section written as null keeps its defaults.
        NullValueHandling = NullValueHandling.Ignore,
    };

    /// <summary>A note for whoever edits the file (ignored).</summary>
    [JsonProperty("description")]
    public string? Description { get; init; }

    /// <summary>The assignment in the gradebooks.</summary>
    [JsonProperty("assignment")]
    public CourseAssignment Assignment { get; init; } = new();

    /// <summary>
    /// The points of each check, by graded method, then by the check's name (the hidden test's
    /// name, e.g. "NotebookExample_MatchesTheCourse"). A method's points are the sum of its checks'.
    /// </summary>
    [JsonProperty("points", Required = Required.Always)]
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> Points { get; init; } = new Dictionary<string, IReadOnlyDictionary<string, double>>();

    /// <summary>What students see of the results on Gradescope.</summary>
    [JsonProperty("gradescope")]
    public CourseGradescope Gradescope { get; init; } = new();

    /// <summary>What the student release holds.</summary>
    [JsonProperty("release")]
    public CourseRelease Release { get; init; } = new();

    /// <summary>The points of <paramref name="method"/>: the sum of its checks'.</summary>
    /// <param name="method">A graded method's name.</param>
    /// <returns>Its points; 0 for a method the file does not name.</returns>
    public double MethodPoints(string method) => Points.TryGetValue(method, out var checks) && checks is not null ? checks.Values.Sum() : 0;

    /// <summary>The points of one check, or null when the file gives it none.</summary>
    /// <param name="method">The graded method.</param>
    /// <param name="check">The check's (hidden test's) name.</param>
    /// <returns>The points, or null.</returns>
    public double? CheckPoints(string method, string check) =>
        Points.TryGetValue(method, out var checks) && checks is not null && checks.TryGetValue(check, out var points) ? points : null;

    /// <summary>When students see one check's details on Gradescope, when the course chose it for that check (the reports apply the course's default to the others).</summary>
    /// <param name="method">The graded method.</param>
    /// <param name="check">The check's name.</param>
    /// <returns>visible, after_due_date, after_published or hidden; null when the check takes the default.</returns>
    public string? CheckVisibility(string method, string check) =>
        Gradescope.CheckVisibility.TryGetValue(method, out var checks) && checks is not null && checks.TryGetValue(check, out var visibility) ? visibility : null;

    /// <summary>Reads and checks <paramref name="path"/> on its own (the checks against the tests are <see cref="ExercisePack"/>'s).</summary>
    /// <param name="path">The course file.</param>
    /// <returns>The configuration.</returns>
    /// <exception cref="ExercisePackException">The file is missing or invalid; the message names the place and what to write.</exception>
    public static CourseConfiguration Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new ExercisePackException($"{path} is missing: every exercise pack needs its course configuration ({FileName}: points per check, Gradescope visibility, the assignment's name). grade.sh copies the kit's own from the repository's {FileName}.");
        }

        CourseConfiguration course;
        try
        {
            // A check named twice would otherwise keep its last points silently.
            var json = JToken.Parse(File.ReadAllText(path), new JsonLoadSettings { DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error });
            course = json is JObject
                ? json.ToObject<CourseConfiguration>(JsonSerializer.Create(s_strict))!
                : throw new ExercisePackException($"{path} must hold one JSON object ({{ \"points\": … }}): see README, \"Course configuration\"");
        }
        catch (JsonException invalid)
        {
            throw new ExercisePackException($"{path} is not a valid course configuration: {invalid.Message} (see README, \"Course configuration\")");
        }

        var problems = course.Problems();
        return problems.Count == 0
            ? course
            : throw new ExercisePackException($"{path} is not a valid course configuration:\n  {string.Join("\n  ", problems)}");
    }

    private List<string> Problems()
    {
        var problems = new List<string>();
        if (Points.Count == 0)
        {
            problems.Add("\"points\" names no graded method: give each method's checks their points, e.g. \"points\": { \"Method\": { \"Check\": 1 } }");
        }

        foreach (var (method, checks) in Points)
        {
            if (checks is null || checks.Count == 0)
            {
                problems.Add($"\"points\" › \"{method}\" names no check");
                continue;
            }

            foreach (var (check, points) in checks.Where(c => double.IsNaN(c.Value) || double.IsInfinity(c.Value) || c.Value < 0))
            {
                problems.Add($"\"points\" › \"{method}\" › \"{check}\" is {points.ToString(CultureInfo.InvariantCulture)}: a check is worth 0 points or more");
            }
        }

        if (!ExercisePack.Visibilities.Contains(Gradescope.Visibility))
        {
            problems.Add($"\"gradescope\" › \"visibility\" is '{Gradescope.Visibility}': use one of {string.Join(", ", ExercisePack.Visibilities)}");
        }

        foreach (var (method, checks) in Gradescope.CheckVisibility)
        {
            if (checks is null)
            {
                problems.Add($"\"gradescope\" › \"check_visibility\" › \"{method}\" is null: give its checks' visibility, or leave the method out");
                continue;
            }

            foreach (var (check, visibility) in checks.Where(c => !ExercisePack.Visibilities.Contains(c.Value)))
            {
                problems.Add($"\"gradescope\" › \"check_visibility\" › \"{method}\" › \"{check}\" is '{visibility}': use one of {string.Join(", ", ExercisePack.Visibilities)}");
            }
        }

        if (Assignment.Name is { } name && string.IsNullOrWhiteSpace(name))
        {
            problems.Add("\"assignment\" › \"name\" is blank: write the assignment's name, or null for the exercise's title");
        }

        return problems;
    }
}

/// <summary>How the gradebooks name the assignment and the students; grade.sh's gradebook options override each.</summary>
public sealed record CourseAssignment
{
    /// <summary>The assignment's name in the gradebooks (Canvas's column, Moodle's grade item); null: the exercise's title.</summary>
    [JsonProperty("name")]
    public string? Name { get; init; }

    /// <summary>Canvas's id of the assignment (the number in its URL), so an import updates it instead of creating a new one; null: match by name.</summary>
    [JsonProperty("canvas_assignment_id")]
    public string? CanvasAssignmentId { get; init; }

    /// <summary>Which Canvas column the student ids go to: sis-login, sis-user or canvas-id; null: sis-login.</summary>
    [JsonProperty("canvas_student_key")]
    public string? CanvasStudentKey { get; init; }

    /// <summary>The header of Moodle's identifier column (Username, ID number, Email address…); null: Username.</summary>
    [JsonProperty("moodle_id_column")]
    public string? MoodleIdColumn { get; init; }
}

/// <summary>What students see on Gradescope. The score itself is always visible.</summary>
public sealed record CourseGradescope
{
    /// <summary>When students see each check's details: visible, after_due_date, after_published or hidden.</summary>
    [JsonProperty("visibility")]
    public string Visibility { get; init; } = "visible";

    /// <summary>Checks that differ from <see cref="Visibility"/>, by graded method, then by check.</summary>
    [JsonProperty("check_visibility")]
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> CheckVisibility { get; init; } = new Dictionary<string, IReadOnlyDictionary<string, string>>();
}

/// <summary>What the student release (grade.sh --release) holds besides kit.json's ships_to_students.</summary>
public sealed record CourseRelease
{
    /// <summary>Whether the release carries the GitHub Classroom workflow that runs the public tests on every push.</summary>
    [JsonProperty("classroom_workflow")]
    public bool ClassroomWorkflow { get; init; } = true;
}
