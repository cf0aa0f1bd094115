using System.Globalization;
using Initialization.Grader.Pipeline;
using Initialization.Grader.Reporting.Documents;

namespace Initialization.Grader.Reporting;

/// <summary>
/// The body of an LTI 1.3 Assignment and Grade Services score publish (POST to
/// <c>{lineitem}/scores</c> with media type <see cref="MediaType"/>). A graded submission is
/// <c>FullyGraded</c> with its points; so is one that could not be graded (the student's doing:
/// no file, an empty or binary one), with 0 points and the reason as the comment. A grader fault
/// has no score body at all (<see cref="CanReportFaults"/> is false): platforms apply a score as
/// it comes, and Canvas and Moodle clear the learner's grade on a <c>Failed</c> score without
/// points, so the only safe publish after a fault is none.
/// </summary>
public sealed class LtiAgsScoreFormat : IResultFormat
{
    /// <summary>The media type the score service expects.</summary>
    public const string MediaType = "application/vnd.ims.lis.v1.score+json";

    /// <summary>The longest comment written; platforms show it in a grade's comment box.</summary>
    public const int MaxCommentChars = 4000;

    /// <inheritdoc/>
    public string Name => "lti-ags";

    /// <inheritdoc/>
    public string FileExtension => ".json";

    /// <inheritdoc/>
    public bool NeedsStudentId => true;

    /// <inheritdoc/>
    public bool CanReportFaults => false;

    /// <inheritdoc/>
    /// <exception cref="ArgumentException">The context has no student id (the platform's LTI user id).</exception>
    /// <exception cref="InvalidOperationException">The result is a grader fault, which has no score to publish.</exception>
    public string Write(GradingResult result, ReportContext context)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(context);
        if (result.GraderFault)
        {
            throw new InvalidOperationException("a grader fault has no LTI score: publishing one would clear the learner's grade");
        }

        if (string.IsNullOrWhiteSpace(context.StudentId))
        {
            throw new ArgumentException("an LTI score names the learner: give the student's LTI user id (--student-id)", nameof(context));
        }

        return ReportJson.Write(Document(result, context.StudentId, context.Timestamp));
    }

    /// <summary>The score of <paramref name="result"/> (never a grader fault) for <paramref name="studentId"/>.</summary>
    /// <param name="result">The grading result.</param>
    /// <param name="studentId">The learner's LTI user id.</param>
    /// <param name="timestamp">When grading finished.</param>
    /// <returns>The document.</returns>
    public static LtiAgsScore Document(GradingResult result, string studentId, DateTimeOffset timestamp)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(studentId);
        return new LtiAgsScore
        {
            UserId = studentId,
            ScoreGiven = Math.Round(result.Score, 4),
            ScoreMaximum = Math.Round(result.MaxScore, 4),
            Comment = ReportText.Cut(result.Summary, MaxCommentChars),
            Timestamp = Timestamp(timestamp),
            ActivityProgress = "Completed",
            GradingProgress = "FullyGraded",
        };
    }

    /// <summary>ISO 8601 with milliseconds and offset, e.g. "2025-03-01T12:00:00.123+00:00", as the specification's examples.</summary>
    /// <param name="timestamp">When grading finished.</param>
    /// <returns>The text.</returns>
    public static string Timestamp(DateTimeOffset timestamp) =>
        timestamp.ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture);
}
