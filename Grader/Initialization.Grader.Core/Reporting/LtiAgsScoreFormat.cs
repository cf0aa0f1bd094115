using System.Globalization;
using Initialization.Grader.Pipeline;
using Initialization.Grader.Reporting.Documents;

namespace Initialization.Grader.Reporting;

/// <summary>
/// The body of an LTI 1.3 Assignment and Grade Services score publish (POST to
/// <c>{lineitem}/scores</c> with media type <see cref="MediaType"/>). A graded submission is
/// <c>FullyGraded</c> with its points; one that could not be graded, or a grader fault, is
/// <c>Failed</c> and carries no score, so the platform keeps whatever grade it had.
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
    /// <exception cref="ArgumentException">The context has no student id (the platform's LTI user id).</exception>
    public string Write(GradingResult result, ReportContext context)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(context);
        if (string.IsNullOrWhiteSpace(context.StudentId))
        {
            throw new ArgumentException("an LTI score names the learner: give the student's LTI user id (--student-id)", nameof(context));
        }

        return ReportJson.Write(Document(result, context.StudentId, context.Timestamp));
    }

    /// <summary>The score of <paramref name="result"/> for <paramref name="studentId"/>: points only when graded.</summary>
    /// <param name="result">The grading result.</param>
    /// <param name="studentId">The learner's LTI user id.</param>
    /// <param name="timestamp">When grading finished.</param>
    /// <returns>The document.</returns>
    public static LtiAgsScore Document(GradingResult result, string studentId, DateTimeOffset timestamp)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(studentId);
        var graded = result.Gradable && !result.GraderFault;
        return new LtiAgsScore
        {
            UserId = studentId,
            ScoreGiven = graded ? Math.Round(result.Score, 4) : null,
            ScoreMaximum = graded ? Math.Round(result.MaxScore, 4) : null,
            Comment = ReportText.Cut(result.Summary, MaxCommentChars),
            Timestamp = Timestamp(timestamp),
            ActivityProgress = "Completed",
            GradingProgress = graded ? "FullyGraded" : "Failed",
        };
    }

    /// <summary>ISO 8601 with milliseconds and offset, e.g. "2025-03-01T12:00:00.123+00:00", as the specification's examples.</summary>
    /// <param name="timestamp">When grading finished.</param>
    /// <returns>The text.</returns>
    public static string Timestamp(DateTimeOffset timestamp) =>
        timestamp.ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture);
}
