using System.Text;
using Initialization.Grader.Pipeline;

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
            json = Render(result, limit);
            if (Encoding.UTF8.GetByteCount(json) <= MaxBytes)
            {
                break;
            }
        }

        return json;
    }

    private static string Render(GradingResult result, int? textLimit)
    {
        string Text(string text) => textLimit is { } limit ? ReportText.Cut(text, limit) : text;

        var gradable = result.Gradable && !result.GraderFault;
        return ReportJson.Write(json =>
        {
            json.WriteStartObject();
            json.WritePropertyName("gradable");
            json.WriteValue(gradable);
            json.WritePropertyName("score");
            json.WriteValue(gradable && result.MaxScore > 0 ? Math.Round(result.Score / result.MaxScore, 6) : 0.0);
            json.WritePropertyName("message");
            json.WriteValue(Text(result.Summary));
            json.WritePropertyName("output");
            json.WriteValue(Text(result.StudentOutput));
            json.WritePropertyName("tests");
            json.WriteStartArray();
            foreach (var test in result.Tests)
            {
                json.WriteStartObject();
                json.WritePropertyName("name");
                json.WriteValue(test.Name);
                json.WritePropertyName("points");
                json.WriteValue(test.Score);
                json.WritePropertyName("max_points");
                json.WriteValue(test.MaxScore);

                // The first line is the verdict; the whole feedback (matrices side by side) goes
                // to output, which PrairieLearn shows in a fixed-width block.
                json.WritePropertyName("message");
                json.WriteValue(Text(ReportText.FirstLine(ReportText.Message(test))));
                json.WritePropertyName("output");
                json.WriteValue(Text(test.Feedback));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
    }
}
