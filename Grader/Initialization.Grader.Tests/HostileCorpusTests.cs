using System.Diagnostics;
using System.Text;
using Initialization.Grader.Corpus;
using Initialization.Grader.HiddenTests.Subject;
using Initialization.Grader.Pipeline;
using Initialization.Grader.Reporting;
using Newtonsoft.Json.Linq;

namespace Initialization.Grader.Tests;

/// <summary>
/// Hostile submissions are contained: grading ends within the limits with a valid result, the
/// offending methods earn nothing, and every other method keeps its full marks.
/// </summary>
/// <remarks>Runs alone: it checks that no worker process of the test run is left after each
/// grading, and a fixture running beside it would have some.</remarks>
[NonParallelizable]
[Category(TestCategories.TrustBoundary)]
public class HostileCorpusTests
{
    /// <summary>Whatever a submission does, its results.json stays under this size.</summary>
    internal const int MaxResultBytes = 1024 * 1024;

    private static IEnumerable<TestCaseData> Entries() =>
        HostileSubmission.All.Select(s => new TestCaseData(s).SetArgDisplayNames(s.Id));

    [TestCaseSource(nameof(Entries))]
    public void Grading_ContainsTheSubmission(HostileSubmission submission)
    {
        var clock = Stopwatch.StartNew();
        var result = TestGrader.GradeText(submission.Source());
        var elapsed = clock.Elapsed;
        var report = GradescopeReport.Write(result);
        var json = JObject.Parse(report);

        Assert.Multiple(() =>
        {
            Assert.That(elapsed, Is.LessThan(TestGrader.Limits.PerSubmission + TimeSpan.FromSeconds(15)), "grading time");
            Assert.That((double)json["score"]!, Is.EqualTo(result.Score), "the JSON score");
            Assert.That(result.Gradable, Is.True);
            Assert.That(() => TestProcesses.Workers(), Is.Empty.After(3000, 50), "worker processes left running after grading");
            Assert.That(Encoding.UTF8.GetByteCount(report), Is.LessThan(MaxResultBytes), "results.json's size");
            foreach (var file in submission.ForbiddenFiles)
            {
                Assert.That(File.Exists(file), Is.False, $"'{submission.Id}' must not be able to write {file}");
            }

            foreach (var method in GradedMethods.All)
            {
                var score = TestGrader.MethodScore(result, method);
                if (submission.ExpectZero.TryGetValue(method, out var feedback))
                {
                    Assert.That(score, Is.Zero, $"{method} breaks the rules in '{submission.Id}' but earned points");
                    Assert.That(TestGrader.MethodFeedback(result, method), Does.Contain(feedback), $"the feedback on {method}");
                }
                else
                {
                    Assert.That(score, Is.EqualTo(TestGrader.MethodMax(result, method)), $"{method} is untouched in '{submission.Id}' but lost points:\n{TestGrader.MethodFeedback(result, method)}");
                }
            }
        });
    }
}
