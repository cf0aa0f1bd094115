using System.Text;
using Initialization.Grader.Batch;
using Initialization.Grader.Pipeline;
using Initialization.Grader.Reporting;
using Initialization.Grader.Reporting.Documents;
using Newtonsoft.Json;

namespace Initialization.Grader.Tests;

/// <summary>
/// Characterization: every result format (and the batch summary, and a Gradescope record read
/// back) for a set of varied results, byte for byte against golden files under Golden/ that
/// the field-by-field writers produced. Run with GRADER_REGENERATE_GOLDEN=1 to rewrite them
/// (only when a change of the bytes is intended, and reviewed in the diff).
/// </summary>
public class ResultDocumentBytesTests
{
    private const string RegenerateVariable = "GRADER_REGENERATE_GOLDEN";

    private static readonly ReportContext s_context = new("s1", new DateTimeOffset(2025, 1, 2, 3, 4, 5, 6, TimeSpan.Zero)) { ExerciseTitle = "Initialization", StudentFile = "Starter/Initializers.cs" };

    // Another learner and timestamp: quotes and non-ASCII in the id, an offset, ticks below a millisecond.
    private static readonly ReportContext s_otherContext =
        new("étudiant \"7\"\t<x>", new DateTimeOffset(2026, 6, 7, 8, 9, 10, 11, TimeSpan.FromHours(-5)).AddTicks(9999)) { ExerciseTitle = "Initialization", StudentFile = "Starter/Initializers.cs" };

    private static readonly Lazy<IReadOnlyDictionary<string, Func<string>>> s_documents = new(Documents);

    private static string GoldenFolder => Path.Combine(RepositoryPaths.Root, "Grader", "Initialization.Grader.Tests", "Golden");

    /// <summary>The golden files' names (relative to Golden/), one test case each.</summary>
    public static IEnumerable<TestCaseData> GoldenFiles() =>
        s_documents.Value.Keys.Select(name => new TestCaseData(name).SetArgDisplayNames(name));

    [TestCaseSource(nameof(GoldenFiles))]
    public void Document_IsTheGoldenBytes(string name)
    {
        var actual = Encoding.UTF8.GetBytes(s_documents.Value[name]());
        var path = Path.Combine(GoldenFolder, name);
        if (Environment.GetEnvironmentVariable(RegenerateVariable) == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, actual);
            Assert.Pass($"rewrote {name}");
        }

        Assert.That(File.Exists(path), Is.True, $"no golden file {name}: run with {RegenerateVariable}=1 to write it");
        var golden = File.ReadAllBytes(path);
        Assert.That(Encoding.UTF8.GetString(actual), Is.EqualTo(Encoding.UTF8.GetString(golden)));
        Assert.That(actual, Is.EqualTo(golden), "the same text in other bytes");
    }

    [Test]
    public void EveryGoldenFile_IsACase()
    {
        var files = Directory.EnumerateFiles(GoldenFolder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(GoldenFolder, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith('.') && !f.Contains("/.", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

        Assert.That(files, Is.EquivalentTo(s_documents.Value.Keys), "a golden file no test writes (stale), or a case without its file");
    }

    [Test]
    public void GradescopeRecord_ReadBackAsItsDocument_WritesTheSameBytes()
    {
        Assert.Multiple(() =>
        {
            foreach (var (name, result) in Results())
            {
                var record = GradescopeReport.Write(result, "after_due_date");
                Assert.That(ReportJson.Write(ReportJson.Read<GradescopeResults>(record)), Is.EqualTo(record), name);
            }
        });
    }

    /// <summary>Every document, by its golden file's name.</summary>
    private static IReadOnlyDictionary<string, Func<string>> Documents()
    {
        var documents = new SortedDictionary<string, Func<string>>(StringComparer.Ordinal);
        var results = Results().ToList();
        foreach (var format in ResultFormats.All)
        {
            // A format that cannot carry a fault writes nothing for one (LtiAgsScoreFormatTests).
            foreach (var (caseName, result) in results.Where(r => format.CanReportFaults || !r.Result.GraderFault))
            {
                documents.Add($"{format.Name}/{caseName}{format.FileExtension}", () => format.Write(result, s_context));
            }
        }

        // What only some formats read from the context: the learner and timestamp (LTI), the tests' visibility (Gradescope).
        var lti = new LtiAgsScoreFormat();
        var gradescope = new GradescopeFormat();
        foreach (var (caseName, result) in results.Where(r => r.Name is "some-failed-hostile" or "not-gradable" or "fractional-scores"))
        {
            documents.Add($"lti-ags/{caseName}.other-learner.json", () => lti.Write(result, s_otherContext));
            foreach (var visibility in new[] { "after_due_date", "after_published", "hidden", "odd \"visibility\"\n" })
            {
                var file = new string([.. visibility.Where(char.IsAsciiLetterOrDigit)]);
                documents.Add($"gradescope/{caseName}.visibility-{file}.json", () => gradescope.Write(result, s_context with { TestVisibility = visibility }));
            }
        }

        // PrairieLearn's cutting, at each of its limits.
        var prairieLearn = new PrairieLearnFormat();
        foreach (var (caseName, result) in PrairieLearnCuts())
        {
            documents.Add($"prairielearn/{caseName}.json", () => prairieLearn.Write(result, s_context));
        }

        foreach (var (caseName, rows, gradedNow, faults, seconds) in Batches(results))
        {
            documents.Add($"batch-summary/{caseName}.json", () => BatchSummary.Write(rows, gradedNow, faults, seconds));
        }

        // A record read back: what Read makes of each record Write makes, and of records that lack fields.
        foreach (var (caseName, result) in results)
        {
            documents.Add($"gradescope-read/{caseName}.json", () => ReadBack(GradescopeReport.Write(result)));
        }

        foreach (var (caseName, record) in HandWrittenRecords())
        {
            documents.Add($"gradescope-read/{caseName}.json", () => ReadBack(record));
        }

        return documents;
    }

    /// <summary>The varied results every format is written for.</summary>
    private static IEnumerable<(string Name, GradingResult Result)> Results()
    {
        yield return ("all-passed", SampleResults.AllPassed());
        yield return ("some-failed-hostile", SampleResults.SomeFailed());
        yield return ("not-gradable", SampleResults.NotGradable());
        yield return ("grader-fault", SampleResults.GraderFault());
        yield return ("grader-fault-no-rubric", GradingResult.GraderFailure(new InvalidOperationException("no \"rubric\"")));
        yield return ("all-failed-empty-feedback", Result(
            [.. SampleResults.AllPassed().Tests.Select(t => t with { Score = 0, Passed = false, Feedback = string.Empty })], "Score: 0 / 10", string.Empty, 0.5));

        // Points that are not whole, sums with binary rounding errors, tiny values; methods interleaved.
        yield return ("fractional-scores", Result(
            [
                new("MethodA", 1, "MethodA: a half", 2.5, 2.5, true, string.Empty),
                new("MethodB", 1, "MethodB: a quarter", 0.25, 0.5, false, "half of it\nsecond line"),
                new("MethodA", 2, "MethodA: a tenth", 0.1, 0.1, true, string.Empty),
                new("MethodB", 2, "MethodB: a fifth", 0.2, 0.2, true, string.Empty),
                new("MethodA", 3, "MethodA: almost nothing", 1e-5, 1, false, "1e-5 of a point"),
                new("MethodC", 1, "MethodC: a third", 1.0 / 3, 1, false, "a third"),
                new("MethodC", 2, "MethodC: ten", 10.0, 10.0, true, string.Empty),
            ],
            "Score: 13.05 / 15.3",
            "line one\r\nline two   \n\n\t ",
            1.2345));

        // Large, negative zero and long fractions; a time that rounds half.
        yield return ("odd-numbers", Result(
            [
                new("Big", 1, "Big: huge", 1e20, 1e20, true, string.Empty),
                new("Big", 2, "Big: negative zero", -0.0, 1e-7, false, "-0"),
                new("Big", 3, "Big: many digits", 123456.789012345, 234567.890123456, false, "digits"),
                new("Small", 1, "Small: 0.1 + 0.2", 0.1 + 0.2, 0.30000000000000004, true, string.Empty),
                new("Small", 2, "Small: rounds at the fifth decimal", 0.123456789, 0.987654321, false, "rounding"),
            ],
            "Score: big",
            string.Empty,
            12345.6785));

        yield return ("not-finite", Result(
            [
                new("Odd", 1, "Odd: not a number", double.NaN, 1, false, "NaN"),
                new("Odd", 2, "Odd: infinite", double.PositiveInfinity, double.PositiveInfinity, true, string.Empty),
            ],
            "Score: ?",
            string.Empty,
            0.0005));

        // Every kind of character a JSON writer must escape or keep: control characters, line and
        // paragraph separators, markup, quotes, backslashes, non-ASCII of every width.
        const string Unicode = "naïve café 中文 עברית 😀👍🏽 e\u0301 \u00a0nbsp \u2028ls \u2029ps \u0085nel \u007fdel \u0000nul \u001fus \u0007bell \u001besc </script> \"q\" 'a' \\ / & < > \ufeffbom \ufffd";
        yield return ("unicode-and-control", Result(
            [
                new("Métode😀", 1, "Métode😀: " + Unicode, 1, 1, true, string.Empty),
                new("Métode😀", 2, "Métode😀: \r\nstarts with a line break", 0, 1.5, false, "\r\nthe verdict is on the second line\n" + Unicode),
                new("Other\"Method\"", 1, "Other\"Method\": tab\tand cr\r", 0.5, 2, false, Unicode + "\n" + Unicode),
            ],
            "Score: " + Unicode,
            "  \n\t \r\n",
            3));

        var longText = string.Concat(Enumerable.Range(0, 600).Select(i => $"line {i}: W{i % 7} should be ≈ {i * 0.001:0.000}, 😀 was {i}\n"));
        yield return ("long-feedback", Result(
            [
                new("Long", 1, "Long: pages of feedback", 0, 5, false, longText),
                new("Long", 2, "Long: passes", 5, 5, true, string.Empty),
            ],
            "Score: 5 / 10\n" + new string('s', 3998) + "😀 and the rest of a summary longer than a comment box: " + longText[..2000],
            longText + longText,
            2));

        yield return ("gradable-no-tests", Result([], string.Empty, string.Empty, 0));

        // Texts that look like dates, numbers or nothing.
        yield return ("date-like-texts", Result(
            [
                new("2025-01-02T03:04:05Z", 1, "2025-01-02T03:04:05Z", 1, 1, true, string.Empty),
                new("2025-01-02T03:04:05Z", 2, "12.50", 0, 1, false, "2025-01-02T03:04:05.123+02:00"),
                new("null", 1, "true", 0, 1, false, "null"),
            ],
            "2025-01-02",
            "2025-01-02T03:04:05Z",
            0.001));
    }

    /// <summary>Results whose PrairieLearn document is over 1 MB until cut at each limit in turn.</summary>
    private static IEnumerable<(string Name, GradingResult Result)> PrairieLearnCuts()
    {
        // Over 1 MB as it is; under once each text is cut to 16,000 characters.
        var long1 = "first line of a long feedback\n" + new string('x', 299_990) + "😀";
        yield return ("cut-at-16000", Result(
            [.. Enumerable.Range(1, 4).Select(i => new TestResult("Cut", i, $"Cut: {i}", 0, 1, false, long1))],
            "Score: 0 / 4\n" + long1,
            long1,
            1));

        // Still over 1 MB at 16,000 characters a text; under at 2,000 (the cut lands inside an emoji).
        var long2 = "verdict\n" + new string('é', 1_991) + "😀" + new string('é', 18_000);
        yield return ("cut-at-2000", Result(
            [.. Enumerable.Range(1, 35).Select(i => new TestResult("Cut", i, $"Cut: {i}", i % 2, 1, i % 2 == 1, long2))],
            "Score: 18 / 35",
            long2,
            1));

        // Still over 1 MB at 2,000 characters; under at 200. The feedback has one line, so its
        // message is as long as its output.
        var long3 = new string('中', 2_500);
        yield return ("cut-at-200", Result(
            [.. Enumerable.Range(1, 90).Select(i => new TestResult("Cut", i, $"Cut: {i}", 0, 1, false, long3))],
            long3,
            long3,
            1));
    }

    private static IEnumerable<(string Name, IReadOnlyList<(string StudentId, GradingResult Result)> Rows, int GradedNow, int Faults, double Seconds)> Batches(
        List<(string Name, GradingResult Result)> results)
    {
        (string, GradingResult) Row(string id, string caseName) => (id, results.Single(r => r.Name == caseName).Result);

        yield return ("empty", [], 0, 0, 0);
        yield return ("samples", [.. SampleResults.All().Select(s => (s.Name, s.Result))], 4, 1, 2.5);
        yield return ("one-not-gradable", [Row("only", "not-gradable")], 1, 0, 0.001);
        yield return ("fractional", [Row("a", "fractional-scores"), Row("b", "all-passed"), Row("c", "some-failed-hostile"), Row("d", "unicode-and-control"), Row("e", "long-feedback")], 3, 0, 3.14159);
        yield return ("even-count", [Row("a", "fractional-scores"), Row("b", "some-failed-hostile"), Row("c", "all-failed-empty-feedback"), Row("d", "odd-numbers")], 4, 2, 0.7);
        yield return ("not-finite", [Row("a", "not-finite"), Row("b", "all-passed")], 2, 0, 1);
        yield return ("every-case", [.. results.Select(r => (r.Name, r.Result))], results.Count, 2, 61.234567);
    }

    /// <summary>Records another writer (or a person) might have left: fields missing, other types.</summary>
    private static IEnumerable<(string Name, string Record)> HandWrittenRecords()
    {
        yield return ("minimal", """{"output": "o", "tests": [{}]}""");
        yield return ("no-max-score", """
            {"output": "Score", "tests": [
              {"name": "A: one", "number": "1.1", "score": 1.5, "max_score": 2, "status": "passed", "output": "Passed.", "tags": ["A"]},
              {"name": "B: two", "number": "7", "score": 0, "max_score": 3.25, "status": "failed", "output": "wrong\nvery", "tags": []},
              {"name": "C: three", "number": "2.3.9", "max_score": 1, "status": "error", "tags": ["C", "D"]}
            ]}
            """);
        yield return ("no-tests-run", """{"score": 0, "max_score": 10.0, "execution_time": 0.25, "output": "Not gradable: x", "tests": []}""");
        yield return ("no-output", """{"score": 0, "tests": []}""");
        yield return ("no-tests", """{"score": 0, "output": "o"}""");
        yield return ("other-types", """{"output": "o", "max_score": "12.5", "execution_time": 3, "tests": [{"name": "n", "number": "1.2", "score": "0.5", "max_score": 1, "status": "failed", "output": "2.5", "tags": ["M"]}]}""");
    }

    /// <summary>What Read makes of <paramref name="record"/>, every field, as JSON (or the exception it throws).</summary>
    private static string ReadBack(string record)
    {
        object shown;
        try
        {
            var result = GradescopeReport.Read(record);
            shown = new
            {
                result.Gradable,
                result.GraderFault,
                result.Summary,
                result.StudentOutput,
                result.ExecutionSeconds,
                result.Score,
                result.MaxScore,
                Tests = result.Tests.Select(t => new { t.Method, t.Item, t.Name, t.Score, t.MaxScore, t.Passed, t.Feedback }),
            };
        }
        catch (InvalidDataException exception)
        {
            shown = new { Exception = exception.GetType().Name, exception.Message };
        }

        return JsonConvert.SerializeObject(shown, Formatting.Indented) + "\n";
    }

    private static GradingResult Result(IReadOnlyList<TestResult> tests, string summary, string studentOutput, double seconds) =>
        new(true, summary, tests, studentOutput, seconds);
}
