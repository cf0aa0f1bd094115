using Initialization.Grader.Pipeline;
using Initialization.Grader.Reporting;

namespace Initialization.Grader.Gradebooks;

/// <summary>
/// A Canvas gradebook import: <c>Student, ID, SIS User ID, SIS Login ID, Section</c>, then one
/// column for the assignment, named <c>Name (id)</c> when the Canvas assignment id is known
/// (Canvas matches on it; an unknown column would create a new assignment). The second row is
/// Canvas's "Points Possible". Per-method columns are left out on purpose: each would become
/// an assignment of its own. A student whose grading hit a grader fault gets no row: Canvas
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
    public string Write(IReadOnlyList<(string StudentId, GradingResult Result)> rows, IReadOnlyList<string> methods)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var csv = new CsvText().Row(["Student", "ID", "SIS User ID", "SIS Login ID", "Section", AssignmentColumn]);
        var maximum = rows.Count > 0 ? rows.Max(r => r.Result.MaxScore) : 0;
        csv.Row(["Points Possible", "", "", "", "", ReportText.Points(maximum)]);
        foreach (var (studentId, result) in rows.Where(r => !r.Result.GraderFault))
        {
            var grade = ReportText.Points(result.Score);
            csv.Row([
                studentId,
                studentKey == CanvasStudentKey.CanvasId ? studentId : string.Empty,
                studentKey == CanvasStudentKey.SisUserId ? studentId : string.Empty,
                studentKey == CanvasStudentKey.SisLoginId ? studentId : string.Empty,
                string.Empty,
                grade,
            ]);
        }

        return csv.ToString();
    }
}
