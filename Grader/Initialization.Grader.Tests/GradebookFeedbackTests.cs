using Initialization.Grader.Batch;
using Initialization.Grader.Gradebooks;
using Initialization.Grader.HiddenTests.Subject;
using Initialization.Grader.Pipeline;
using Initialization.Grader.Reporting;

namespace Initialization.Grader.Tests;

/// <summary>
/// A batch re-run writes a gradebook from two kinds of students: those graded now (their result in
/// memory) and those skipped (their record read back). Both get the same row for the same result.
/// </summary>
public class GradebookFeedbackTests
{
    private const string Printed = "debug: W1 = [[1.5]]\nsecond line";

    private static IEnumerable<TestCaseData> GradedResults() =>
        from sample in SampleResults.All()
        where !sample.Result.GraderFault
        select new TestCaseData(sample.Result with { StudentOutput = Printed }).SetArgDisplayNames(sample.Name);

    [TestCaseSource(nameof(GradedResults))]
    public void SkippedAndRegradedStudents_WithTheSameResult_GetIdenticalRows(GradingResult result)
    {
        using var output = new TemporaryFolder();
        var store = new StudentResults(output.Path);
        var context = TestPacks.Initialization.ReportContext("zoë", DateTimeOffset.UnixEpoch);
        var digest = new ResultDigest();

        // The first run grades the student and saves the record; the next run skips them and reads it back.
        store.Save("zoë", result, ResultFormats.Default, context);
        var regraded = digest.Of(result);
        var skipped = digest.Of(store.Previous("zoë") ?? throw new AssertionException("the record was not read back"));

        Assert.Multiple(() =>
        {
            foreach (var gradebook in GradebookFormats.All)
            {
                Assert.That(gradebook.Write([("zoë", skipped)], GradedMethods.All), Is.EqualTo(gradebook.Write([("zoë", regraded)], GradedMethods.All)), gradebook.Name);
            }

            Assert.That(GradebookFeedback.Of(skipped), Is.EqualTo(result.Summary).And.Not.Contain("debug:"), "the summary, never what the code printed");
        });
    }

    [Test]
    public void RecordWrittenBeforeTheSummaryWasKeptApart_GivesTheSameFeedback()
    {
        using var output = new TemporaryFolder();
        var store = new StudentResults(output.Path);
        var result = SampleResults.SomeFailed() with { StudentOutput = Printed };
        // What results/ID.json held before extra_data kept the summary: the summary and the printed text in one output.
        ResultFile.Write(store.RecordOf("li"), $$"""
            {"score": {{result.Score}}, "max_score": 10.0, "output": "{{result.Summary}}\n\nYour code printed (kept for debugging, cut to a few kilobytes):\ndebug: W1 = [[1.5]]\nsecond line",
             "output_format": "text", "tests": [{"name": "InitializeParametersZeros: one", "number": "1.1", "score": 0, "max_score": 0.5, "status": "failed", "output": "wrong", "tags": ["InitializeParametersZeros"]}]}
            """);

        var skipped = store.Previous("li") ?? throw new AssertionException("the record was not read back");

        Assert.That(GradebookFeedback.Of(skipped), Is.EqualTo(GradebookFeedback.Of(result)));
    }
}
