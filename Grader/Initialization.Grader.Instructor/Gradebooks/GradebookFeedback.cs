using Initialization.Grader.Pipeline;

namespace Initialization.Grader.Gradebooks;

/// <summary>
/// The feedback text a gradebook row carries for a student (Moodle's feedback column): the one
/// function every gradebook uses, applied to the result as a batch keeps it. A student graded in
/// this run and a student skipped because their record was read back (GradescopeReport.Read)
/// get the same text for the same result: the summary alone, never what their code printed,
/// which stays in their own result file.
/// </summary>
public static class GradebookFeedback
{
    /// <summary>The feedback for <paramref name="result"/>.</summary>
    /// <param name="result">A student's result, or its digest.</param>
    /// <returns>The summary, with "\n" line breaks and no trailing white space.</returns>
    public static string Of(GradingResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Summary.ReplaceLineEndings("\n").TrimEnd();
    }
}
