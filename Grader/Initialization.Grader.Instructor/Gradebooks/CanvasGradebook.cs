using Initialization.Grader.Batch.Identity;
using Initialization.Grader.Pipeline;
using Initialization.Grader.Reporting;

namespace Initialization.Grader.Gradebooks;

/// <summary>
/// A Canvas gradebook import: <c>Student, ID, SIS User ID, SIS Login ID, Section</c>, then one
/// column for the assignment, named <c>Name (id)</c> when the Canvas assignment id is known
/// (Canvas matches on it; an unknown column would create a new assignment). The second row is
/// Canvas's "Points Possible". Per-method columns are left out on purpose: each would become
/// an assignment of its own. Student is the display name when the export or the roster gives
/// one; ID is the Canvas user id when the submissions came from a Canvas export; the student id
/// goes to the column the student key names; Section is the roster's. A student whose grading hit a grader fault gets no row: Canvas
/// clears a grade for an empty cell (the batch lists such students in not-graded.csv).
/// </summary>
/// <param name="assignmentName">The assignment's name in Canvas.</param>
/// <param name="assignmentId">Its Canvas id (from a gradebook export), if known.</param>
/// <param name="studentKey">The column the student id goes to, which Canvas matches students on.</param>
public sealed class CanvasGradebook(string assignmentName = "Initialization", string? assignmentId = null, CanvasStudentKey studentKey = CanvasStudentKey.SisLoginId) : IGradebookFormat
{
    /// <inheritdoc/>
    public string Name => "canvas";

    /// <inheritdoc/>
    public string FileName => "canvas-gradebook.csv";

    /// <summary>The assignment column's header.</summary>
    public string AssignmentColumn => assignmentId is null ? assignmentName : $"{assignmentName} ({assignmentId})";

    /// <inheritdoc/>
    public string Write(IReadOnlyList<(string StudentId, GradingResult Result)> rows, IReadOnlyList<string> methods, IReadOnlyDictionary<string, StudentIdentity>? identities = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var csv = new CsvText().Row(["Student", "ID", "SIS User ID", "SIS Login ID", "Section", AssignmentColumn]);
        var maximum = rows.Count > 0 ? rows.Max(r => r.Result.MaxScore) : 0;
        csv.Row(["Points Possible", "", "", "", "", ReportText.Points(maximum)]);
        foreach (var (studentId, result) in rows.Where(r => !r.Result.GraderFault))
        {
            var grade = ReportText.Points(result.Score);
            var who = identities?.GetValueOrDefault(studentId) ?? StudentIdentity.Plain(studentId);
            // A Canvas export's user id goes to ID; the student id goes to the key's column
            // unless it is that same Canvas user id (no roster), which ID already carries.
            var keyed = who.CanvasUserId == studentId ? null : studentId;
            csv.Row([
                who.Name ?? studentId,
                who.CanvasUserId ?? (studentKey == CanvasStudentKey.CanvasId ? keyed ?? string.Empty : string.Empty),
                studentKey == CanvasStudentKey.SisUserId ? keyed ?? string.Empty : string.Empty,
                studentKey == CanvasStudentKey.SisLoginId ? keyed ?? string.Empty : string.Empty,
                who.Section ?? string.Empty,
                grade,
            ]);
        }

        return csv.ToString();
    }
}
