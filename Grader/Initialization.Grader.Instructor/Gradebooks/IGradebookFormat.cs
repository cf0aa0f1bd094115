using Initialization.Grader.Batch.Identity;
using Initialization.Grader.Pipeline;

namespace Initialization.Grader.Gradebooks;

/// <summary>
/// A gradebook file for a batch of submissions (one row per student), in the layout a learning
/// platform imports (Canvas, Moodle). Written from the same results as every other format.
/// </summary>
public interface IGradebookFormat
{
    /// <summary>The name a batch run is asked for (e.g. "canvas").</summary>
    string Name { get; }

    /// <summary>The file name a batch run gives the gradebook, e.g. "canvas-gradebook.csv".</summary>
    string FileName { get; }

    /// <summary>The gradebook's text, one row per student in the order given.</summary>
    /// <param name="rows">Each student's id (batch grading: the submission's name) and result.</param>
    /// <param name="methods">The exercise's graded methods, in rubric order (for per-method columns).</param>
    /// <param name="identities">What is known of each student, by student id (display name, Canvas user id, section); a student missing here is known by the id alone.</param>
    /// <returns>The complete CSV document.</returns>
    string Write(IReadOnlyList<(string StudentId, GradingResult Result)> rows, IReadOnlyList<string> methods, IReadOnlyDictionary<string, StudentIdentity>? identities = null);
}
