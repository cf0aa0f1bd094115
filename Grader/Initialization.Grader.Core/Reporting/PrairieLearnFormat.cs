using System.Text;
using Initialization.Grader.Pipeline;
using Initialization.Grader.Reporting.Documents;

namespace Initialization.Grader.Reporting;

/// <summary>
/// PrairieLearn's external-grader results.json: <c>gradable</c>, <c>score</c> in [0, 1],
/// <c>message</c>, <c>output</c> and one entry per hidden test. A submission that cannot be
/// graded, or a grader fault, is <c>gradable: false</c>, so the attempt does not count. The
/// document stays under PrairieLearn's 1 MB limit: long texts are cut, most generous first.
/// </summary>
public sealed class PrairieLearnFormat : IResultFormat
{
    /// <summary>The largest results file PrairieLearn accepts, in bytes.</summary>
    public const int MaxBytes = 1_000_000;

    // Per-text limits tried in turn until the document fits (null: no cut).
    private static readonly int?[] s_textLimits = [null, 16_000, 2_000, 200];

    /// <inheritdoc/>
    public string Name => "prairielearn";

    /// <inheritdoc/>
    public string FileExtension => ".json";

    /// <inheritdoc/>
    public string Write(GradingResult result, ReportContext context)
    {
        ArgumentNullException.ThrowIfNull(result);
        var json = string.Empty;
        foreach (var limit in s_textLimits)
        {
            json = ReportJson.Write(Document(result, limit));
            if (Encoding.UTF8.GetByteCount(json) <= MaxBytes)
            {
                break;
            }
        }

        return json;
    }

    /// <summary>The document of <paramref name="result"/>, every text cut to <paramref name="textLimit"/> characters (null: none cut).</summary>
    /// <param name="result">The grading result.</param>
    /// <param name="textLimit">The most characters of each text, or null.</param>
    /// <returns>The document.</returns>
    public static PrairieLearnResults Document(GradingResult result, int? textLimit = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        string Text(string text) => textLimit is { } limit ? ReportText.Cut(text, limit) : text;

        var gradable = result.Gradable && !result.GraderFault;
        return new PrairieLearnResults
        {
            Gradable = gradable,
            Score = gradable && result.MaxScore > 0 ? Math.Round(result.Score / result.MaxScore, 6) : 0.0,
            Message = Text(result.Summary),
            Output = Text(result.StudentOutput),
            Tests = [.. result.Tests.Select(test => new PrairieLearnTest
            {
                Name = test.Name,
                Points = test.Score,
                MaxPoints = test.MaxScore,
                Message = Text(ReportText.FirstLine(ReportText.Message(test))),
                Output = Text(test.Feedback),
            })],
        };
    }
}
