using Initialization.Grader.Pipeline;

namespace Initialization.Grader.Tests;

/// <summary>The reference solution earns every point; the rubric adds up to what Assignment.md promises.</summary>
public class ReferenceGradingTests
{
    [Test]
    public void Solution_GetsFullMarks()
    {
        var result = TestGrader.Grade(RepositoryPaths.Solution);

        Assert.Multiple(() =>
        {
            Assert.That(result.Tests.Where(t => !t.Passed).Select(t => $"{t.Name}: {t.Feedback}"), Is.Empty);
            Assert.That(result.Score, Is.EqualTo(result.MaxScore));
            Assert.That(result.MaxScore, Is.EqualTo(10.0));
        });
    }

    [Test]
    public void UntouchedStarter_GetsZeroWithNotImplementedYetFeedback()
    {
        var result = TestGrader.Grade(RepositoryPaths.Starter);

        Assert.Multiple(() =>
        {
            Assert.That(result.Gradable, Is.True);
            Assert.That(result.Score, Is.Zero);
            // Each method says "not implemented yet" once, in its first test; the others point there.
            Assert.That(result.Tests.Select(t => t.Feedback), Is.All.Contains("is not implemented yet").Or.StartsWith("Same failure as"));
            Assert.That(result.Tests.Count(t => t.Feedback.Contains("is not implemented yet", StringComparison.Ordinal)), Is.EqualTo(result.Tests.Select(t => t.Method).Distinct().Count()));
        });
    }
}
