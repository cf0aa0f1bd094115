using Initialization.Grader.Batch.Identity;
using Initialization.Grader.Pipeline;
using Initialization.Grader.Reporting;

namespace Initialization.Grader.Gradebooks;

/// <summary>
/// A Moodle grade import (Grades › Import › CSV file): an identifier column (map it to
/// username, idnumber, email or userid when importing; it holds the student id: the roster's
/// student_id, or "Participant N" from a Moodle export without a roster), the assignment's grade, its feedback,
/// and one column per graded method (map those to grade items, or leave them unmapped). A student
/// whose grading hit a grader fault gets no row: Moodle sets an empty cell's grade to none (the
/// batch lists such students in not-graded.csv).
/// </summary>
/// <param name="identifierColumn">The identifier column's header, saying what the student id is.</param>
/// <param name="assignmentName">The assignment's grade column header.</param>
public sealed class MoodleGradebook(string identifierColumn = "Username", string assignmentName = "Initialization") : IGradebookFormat
{
    /// <inheritdoc/>
    public string Name => "moodle";

    /// <inheritdoc/>
    public string FileName => "moodle-grades.csv";

    /// <inheritdoc/>
    public string Write(IReadOnlyList<(string StudentId, GradingResult Result)> rows, IReadOnlyList<string> methods, IReadOnlyDictionary<string, StudentIdentity>? identities = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(methods);
        var csv = new CsvText().Row([identifierColumn, assignmentName, $"{assignmentName} feedback", .. methods]);
        foreach (var (studentId, result) in rows.Where(r => !r.Result.GraderFault))
        {
            var byMethod = result.ByMethod.ToDictionary(m => m.Method, m => m.Score);
            csv.Row([
                studentId,
                ReportText.Points(result.Score),
                GradebookFeedback.Of(result),
                .. methods.Select(m => ReportText.Points(byMethod.GetValueOrDefault(m))),
            ]);
        }

        return csv.ToString();
    }
}
