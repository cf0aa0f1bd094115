using System.Globalization;
using Initialization.Grader.Pipeline;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Initialization.Grader.Reporting;

/// <summary>
/// Stage 5: the result as Gradescope's results.json (the kit's default JSON score). Fields are
/// written in a fixed order and numbers in the invariant culture, so the same submission gives
/// the same bytes every time but for <c>execution_time</c>.
/// </summary>
public static class GradescopeReport
{
    /// <summary>The JSON text of <paramref name="result"/>.</summary>
    /// <param name="result">The grading result.</param>
    /// <param name="testVisibility">Each test's visibility (the exercise pack's: visible, after_due_date, after_published or hidden); the score itself stays visible.</param>
    /// <returns>Indented JSON ending with a newline.</returns>
    public static string Write(GradingResult result, string testVisibility = "visible")
    {
        ArgumentNullException.ThrowIfNull(result);
        return ReportJson.Write(json =>
        {
            json.WriteStartObject();
            json.WritePropertyName("score");
            json.WriteValue(Math.Round(result.Score, 4));
            json.WritePropertyName("max_score");
            json.WriteValue(Math.Round(result.MaxScore, 4));
            json.WritePropertyName("execution_time");
            json.WriteValue(Math.Round(result.ExecutionSeconds, 3));
            json.WritePropertyName("output");
            json.WriteValue(Output(result));
            json.WritePropertyName("output_format");
            json.WriteValue("text");
            json.WritePropertyName("visibility");
            json.WriteValue("visible");
            json.WritePropertyName("stdout_visibility");
            json.WriteValue("hidden");
            json.WritePropertyName("tests");
            json.WriteStartArray();
            var methodNumber = 0;
            foreach (var group in result.Tests.GroupBy(t => t.Method))
            {
                methodNumber++;
                var item = 0;
                foreach (var test in group)
                {
                    item++;
                    json.WriteStartObject();
                    json.WritePropertyName("name");
                    json.WriteValue(test.Name);
                    json.WritePropertyName("number");
                    json.WriteValue($"{methodNumber}.{item}");
                    json.WritePropertyName("score");
                    json.WriteValue(test.Score);
                    json.WritePropertyName("max_score");
                    json.WriteValue(test.MaxScore);
                    json.WritePropertyName("status");
                    json.WriteValue(test.Passed ? "passed" : "failed");
                    json.WritePropertyName("output");
                    json.WriteValue(ReportText.Message(test));
                    json.WritePropertyName("visibility");
                    json.WriteValue(testVisibility);
                    json.WritePropertyName("tags");
                    json.WriteStartArray();
                    json.WriteValue(test.Method);
                    json.WriteEndArray();
                    json.WriteEndObject();
                }
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    /// <summary>
    /// Reads back a result this class wrote (batch grading keeps them as its record). The
    /// student's console output is folded into the summary text and not recovered separately.
    /// </summary>
    /// <param name="json">A results.json written by <see cref="Write"/>.</param>
    /// <returns>The result.</returns>
    /// <exception cref="InvalidDataException">The text is not such a result.</exception>
    public static GradingResult Read(string json)
    {
        // Texts stay texts: by default Json.NET turns any that looks like a date into a date (and shifts it to local time).
        var root = JsonConvert.DeserializeObject<JObject>(json, new JsonSerializerSettings { DateParseHandling = DateParseHandling.None })
            ?? throw new InvalidDataException("a results.json that is null");
        var output = (string?)root["output"] ?? throw new InvalidDataException("a results.json without output");
        var tests = (root["tests"] as JArray ?? throw new InvalidDataException("a results.json without tests")).Select(t => new TestResult(
            (string?)t["tags"]?.FirstOrDefault() ?? "unknown",
            int.Parse(((string?)t["number"] ?? "0.0").Split('.')[^1], CultureInfo.InvariantCulture),
            (string?)t["name"] ?? string.Empty,
            (double?)t["score"] ?? 0,
            (double?)t["max_score"] ?? 0,
            (string?)t["status"] == "passed",
            (string?)t["status"] == "passed" ? string.Empty : (string?)t["output"] ?? string.Empty)).ToList();
        // Every graded submission has a result per hidden test; a not-gradable one or a grader fault has none.
        return new GradingResult(tests.Count > 0, output, tests, string.Empty, (double?)root["execution_time"] ?? 0)
        {
            MaxScore = (double?)root["max_score"] ?? tests.Sum(t => t.MaxScore),
        };
    }

    private static string Output(GradingResult result) =>
        string.IsNullOrWhiteSpace(result.StudentOutput)
            ? result.Summary
            : $"{result.Summary}\n\nYour code printed (kept for debugging, cut to a few kilobytes):\n{result.StudentOutput.TrimEnd()}";
}
