using Initialization.Grader.Corpus;
using Initialization.Grader.HiddenTests.Subject;
using Initialization.Grader.Pipeline;

namespace Initialization.Grader.Tests;

/// <summary>
/// Every known-wrong submission loses points exactly in the methods it gets wrong, with feedback
/// that names the mistake; and every hidden test catches at least one of them (no dead tests).
/// </summary>
public class KnownWrongCorpusTests : PooledGraderFixture
{
    private static readonly Dictionary<string, GradingResult> s_results = [];

    private static IEnumerable<TestCaseData> Entries() =>
        KnownWrongSubmission.All.Select(s => new TestCaseData(s).SetArgDisplayNames(s.Id));

    [TestCaseSource(nameof(Entries))]
    public void Grading_TakesPointsOnlyFromTheMethodsThatAreWrong(KnownWrongSubmission submission)
    {
        var result = GradeOnce(submission);

        Assert.Multiple(() =>
        {
            Assert.That(result.Gradable, Is.True);
            foreach (var method in GradedMethods.All)
            {
                var score = TestGrader.MethodScore(result, method);
                var max = TestGrader.MethodMax(result, method);
                if (submission.Wrong.Contains(method))
                {
                    Assert.That(score, Is.LessThan(max), $"{method} is wrong in '{submission.Id}' ({submission.Mistake}) but kept all its points");
                }
                else
                {
                    Assert.That(score, Is.EqualTo(max), $"{method} is right in '{submission.Id}' but lost points:\n{TestGrader.MethodFeedback(result, method)}");
                }
            }

            foreach (var (method, text) in submission.Feedback)
            {
                Assert.That(TestGrader.MethodFeedback(result, method), Does.Contain(text), $"the feedback on {method} for '{submission.Id}'");
            }
        });
    }

    [Test]
    public void EveryHiddenTest_FailsOnAtLeastOneKnownWrongSubmission()
    {
        var caught = KnownWrongSubmission.All
            .SelectMany(s => GradeOnce(s).Tests.Where(t => !t.Passed).Select(t => t.Name))
            .ToHashSet();
        var rubric = TestPacks.Initialization.Tests.Rubric.Select(t => t.Name);

        Assert.That(rubric.Where(name => !caught.Contains(name)), Is.Empty, "hidden tests that no known-wrong submission fails");
    }

    [Test]
    public void XavierInHe_IsToldXavier_NeverNotScaled_EvenOnLayersOfSizeOne()
    {
        // On [1, 1, 1] Xavier's factor Math.Sqrt(1.0 / 1) equals no factor at all: the diagnosis must follow the other cases.
        var feedback = TestGrader.MethodFeedback(GradeOnce(KnownWrongSubmission.All.Single(s => s.Id == "he-xavier")), GradedMethods.He);

        Assert.That(feedback, Does.Contain("Xavier").And.Not.Contain("not scaled at all"));
    }

    [Test]
    public void AClockSeededGenerator_IsToldItsSeedChanges_AStaticOneThatItLivesOn()
    {
        var clock = TestGrader.MethodFeedback(GradeOnce(KnownWrongSubmission.All.Single(s => s.Id == "missing-seed")), GradedMethods.Random);
        var kept = TestGrader.MethodFeedback(GradeOnce(KnownWrongSubmission.All.Single(s => s.Id == "static-generator")), GradedMethods.He);

        Assert.Multiple(() =>
        {
            Assert.That(clock, Does.Contain("changes from call to call").And.Not.Contain("static fields"), "a generator seeded with the time inside the method");
            Assert.That(kept, Does.Contain("static"), "a generator kept between calls");
        });
    }

    [Test]
    public void TheTrainingCheck_SaysTheSame_WhenTheSameParametersAreGradedAgain()
    {
        // The grader trains each set of initial parameters once; a second grading reuses the costs.
        const string Check = "Training_ReachesTheCourseCosts";
        var wrong = KnownWrongSubmission.All.Single(s => s.Id == "he-xavier").Source();
        var right = File.ReadAllText(RepositoryPaths.Solution);
        TestResult Training(string source) => TestGrader.GradeText(source, Grader).Tests.Single(t => t.Check == Check);

        var (wrongFirst, wrongAgain, rightFirst, rightAgain) = (Training(wrong), Training(wrong), Training(right), Training(right));

        Assert.Multiple(() =>
        {
            Assert.That(wrongFirst.Passed, Is.False);
            Assert.That(wrongFirst.Feedback, Does.Contain("does not follow the course"));
            Assert.That(wrongAgain, Is.EqualTo(wrongFirst));
            Assert.That(rightFirst.Passed, Is.True);
            Assert.That(rightAgain, Is.EqualTo(rightFirst));
        });
    }

    private GradingResult GradeOnce(KnownWrongSubmission submission)
    {
        lock (s_results)
        {
            if (!s_results.TryGetValue(submission.Id, out var result))
            {
                result = TestGrader.GradeText(submission.Source(), Grader);
                s_results[submission.Id] = result;
            }

            return result;
        }
    }
}
