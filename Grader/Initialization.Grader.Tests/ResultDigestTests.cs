using Initialization.Grader.Batch;
using Initialization.Grader.Gradebooks;
using Initialization.Grader.HiddenTests.Subject;
using Initialization.Grader.Reporting;

namespace Initialization.Grader.Tests;

/// <summary>A batch keeps only digests of its results, and every report written from them is the same, byte for byte.</summary>
public class ResultDigestTests
{
    [Test]
    public void ReportsFromDigests_AreTheReportsFromFullResults()
    {
        var full = SampleResults.All().Select(s => (StudentId: s.Name, s.Result with { StudentOutput = new string('o', 10_000) })).ToList();
        var digest = new ResultDigest();
        var digested = full.Select(r => (r.StudentId, digest.Of(r.Item2))).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(GradebookCsv.Write(digested, GradedMethods.All), Is.EqualTo(GradebookCsv.Write(full, GradedMethods.All)));
            Assert.That(BatchSummary.Write(digested, 4, 1, 2.5), Is.EqualTo(BatchSummary.Write(full, 4, 1, 2.5)));
            foreach (var gradebook in GradebookFormats.All)
            {
                Assert.That(gradebook.Write(digested, GradedMethods.All), Is.EqualTo(gradebook.Write(full, GradedMethods.All)), gradebook.Name);
            }

            Assert.That(digested.SelectMany(r => r.Item2.Tests).Select(t => t.Feedback), Is.All.Empty, "feedback kept in memory");
            Assert.That(digested.Select(r => r.Item2.StudentOutput), Is.All.Empty, "output kept in memory");
        });
    }
}
