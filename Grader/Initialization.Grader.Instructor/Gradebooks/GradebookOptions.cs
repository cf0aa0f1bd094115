using Initialization.Grader.Exercise;

namespace Initialization.Grader.Gradebooks;

/// <summary>
/// The gradebook options as given on grade.sh's command line (null where absent), before the
/// course's defaults (course.json's "assignment") fill what was left open.
/// </summary>
/// <param name="AssignmentName">--assignment.</param>
/// <param name="CanvasAssignmentId">--canvas-assignment-id.</param>
/// <param name="CanvasStudentKey">--canvas-student-key, as written.</param>
/// <param name="MoodleIdentifierColumn">--moodle-id-column.</param>
public sealed record GradebookOptions(
    string? AssignmentName = null,
    string? CanvasAssignmentId = null,
    string? CanvasStudentKey = null,
    string? MoodleIdentifierColumn = null)
{
    /// <summary>The settings the gradebooks use: each option given, else the course's choice, else the kit's default.</summary>
    /// <param name="course">course.json's "assignment" section.</param>
    /// <param name="settings">The settings, when the problem is null.</param>
    /// <returns>Null, or what is wrong (an unknown Canvas key, naming where it was written).</returns>
    public string? Resolve(CourseAssignment course, out GradebookSettings settings)
    {
        ArgumentNullException.ThrowIfNull(course);
        var keyName = CanvasStudentKey ?? course.CanvasStudentKey ?? "sis-login";
        var known = GradebookSettings.CanvasStudentKeys.TryGetValue(keyName, out var key);
        settings = new GradebookSettings(
            AssignmentName ?? course.Name,
            CanvasAssignmentId ?? course.CanvasAssignmentId,
            known ? key : Gradebooks.CanvasStudentKey.SisLoginId,
            MoodleIdentifierColumn ?? course.MoodleIdColumn ?? "Username");
        if (known)
        {
            return null;
        }

        var where = CanvasStudentKey is null ? $"{CourseConfiguration.FileName}'s \"assignment\" › \"canvas_student_key\"" : "--canvas-student-key";
        return $"unknown Canvas student key '{keyName}' in {where}: use one of {string.Join(", ", GradebookSettings.CanvasStudentKeys.Keys)}";
    }
}
