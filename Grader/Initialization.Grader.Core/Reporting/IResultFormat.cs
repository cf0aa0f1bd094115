using Initialization.Grader.Pipeline;

namespace Initialization.Grader.Reporting;

/// <summary>
/// One way of writing a <see cref="GradingResult"/> for a platform (Gradescope, PrairieLearn, …).
/// Every format is produced from the same result; none grades anything itself.
/// </summary>
public interface IResultFormat
{
    /// <summary>The name used with --format (e.g. "gradescope").</summary>
    string Name { get; }

    /// <summary>The file name a batch run gives each student's result, e.g. "results.json".</summary>
    string FileExtension { get; }

    /// <summary>The result's text in this format.</summary>
    /// <param name="result">What grading concluded.</param>
    /// <param name="context">Who and when, for formats that carry it.</param>
    /// <returns>The complete document.</returns>
    string Write(GradingResult result, ReportContext context);

    /// <summary>
    /// Whether a grader fault can be written in this format without a platform taking it for a
    /// grade. False for a score that a platform applies as it is (an LTI score: Canvas and Moodle
    /// clear the grade on a Failed score without points): then a fault writes nothing at all, and
    /// the exit code and stderr say why.
    /// </summary>
    bool CanReportFaults => true;

    /// <summary>
    /// Whether <see cref="Write"/> needs <see cref="ReportContext.StudentId"/> (e.g. an LTI score,
    /// which names the learner); callers check this before grading, so a missing id is a usage error.
    /// </summary>
    bool NeedsStudentId => false;
}

/// <summary>Facts about a grading run that some formats carry besides the result itself.</summary>
/// <param name="StudentId">The student's id (batch grading: the submission's name), if known.</param>
/// <param name="Timestamp">When grading finished (formats that need a timestamp use it; others ignore it).</param>
public sealed record ReportContext(string? StudentId, DateTimeOffset Timestamp)
{
    /// <summary>When students see each test's details, for formats that can hold them back (Gradescope): the exercise pack's visibility.</summary>
    public string TestVisibility { get; init; } = "visible";

    /// <summary>The exercise's title, for formats that name the exercise (JUnit's suite): the pack's.</summary>
    public string ExerciseTitle { get; init; } = "Exercise";

    /// <summary>The file students edit, as their repository names it, for formats that point at it (GitHub Classroom): the pack's.</summary>
    public string StudentFile { get; init; } = "submission";
}
