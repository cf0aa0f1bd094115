namespace Initialization.Grader.Gradebooks;

/// <summary>How the platform gradebooks name the assignment and the students: grade.sh's gradebook options over course.json's (<see cref="GradebookOptions.Resolve"/>).</summary>
/// <param name="AssignmentName">The assignment's name in the gradebook; null: the exercise's title.</param>
/// <param name="CanvasAssignmentId">Canvas's id of the assignment, which Canvas matches the column on (null: match by name, or create a new assignment).</param>
/// <param name="CanvasStudentKey">Which Canvas column holds the student id.</param>
/// <param name="MoodleIdentifierColumn">The header of Moodle's identifier column, saying what the student id is (map it when importing).</param>
public sealed record GradebookSettings(
    string? AssignmentName = null,
    string? CanvasAssignmentId = null,
    CanvasStudentKey CanvasStudentKey = CanvasStudentKey.SisLoginId,
    string MoodleIdentifierColumn = "Username")
{
    /// <summary>The values of --canvas-student-key, by the key they choose.</summary>
    public static IReadOnlyDictionary<string, CanvasStudentKey> CanvasStudentKeys { get; } = new Dictionary<string, CanvasStudentKey>(StringComparer.OrdinalIgnoreCase)
    {
        ["sis-login"] = CanvasStudentKey.SisLoginId,
        ["sis-user"] = CanvasStudentKey.SisUserId,
        ["canvas-id"] = CanvasStudentKey.CanvasId,
    };
}
