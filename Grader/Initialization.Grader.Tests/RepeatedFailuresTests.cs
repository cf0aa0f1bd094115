using Initialization.Grader.HiddenTests.Subject;
using Initialization.Grader.Pipeline;

namespace Initialization.Grader.Tests;

/// <summary>A failure that fails every hidden test of a method is said once, with the cases it affects; scores stay per test.</summary>
public class RepeatedFailuresTests
{
    [Test]
    public void AStub_IsSaidNotImplementedOnce_WithoutStutter_AndTheOtherTestsPointToIt()
    {
        var result = TestGrader.Grade(RepositoryPaths.Starter);
        var zeros = result.Tests.Where(t => t.Method == GradedMethods.Zeros).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(zeros, Has.Count.EqualTo(8), "one entry per hidden test stays");
            Assert.That(zeros[0].Feedback, Does.StartWith("InitializeParametersZeros([3, 2, 1]) is not implemented yet: store W{l}"));
            Assert.That(Occurrences(zeros[0].Feedback, "is not implemented yet"), Is.EqualTo(1), zeros[0].Feedback);
            Assert.That(zeros[0].Feedback, Does.EndWith("The same failure also fails \"the training network [2, 10, 5, 1]\", \"a deep network (5 layers)\", \"single-layer networks\", \"a wide network [784, 128, 10]\", \"layers of size 1\", \"the same result on repeated calls\" and \"the argument left unchanged\"."));
            Assert.That(zeros.Skip(1).Select(t => t.Feedback), Is.All.EqualTo("Same failure as \"the notebook's example\"."));
        });
    }

    [Test]
    public void DistinctFailuresOfOneMethod_AreEachSaidOnce()
    {
        // Random fails in two ways: one line throws for networks deeper than 3 layers, and the rest return wrong values.
        var source = File.ReadAllText(RepositoryPaths.Solution).ReplaceLineEndings("\n").Replace(
            "parameters[$\"W{l}\"] = rng.Randn(layersDims[l], layersDims[l - 1]) * 10;",
            "parameters[$\"W{l}\"] = rng.Randn(layersDims[l], layersDims[l - 1]) * (layersDims.Length > 3 ? layersDims[9] : 1);",
            StringComparison.Ordinal);

        var result = TestGrader.GradeText(source);
        var random = result.Tests.Where(t => t.Method == GradedMethods.Random && !t.Passed).ToList();
        var all = string.Join("\n\n", random.Select(t => t.Feedback));

        Assert.Multiple(() =>
        {
            Assert.That(Occurrences(all, "threw IndexOutOfRangeException"), Is.EqualTo(1), all);
            Assert.That(all, Does.Contain("Same failure as \"the training network [2, 10, 5, 1]\"."));
            Assert.That(all, Does.Contain("is not right yet"), "the wrong values are still reported where they occur");
            Assert.That(result.Tests, Has.Count.EqualTo(TestPacks.Initialization.Tests.Rubric.Count));
        });
    }

    [Test]
    public void Condense_LeavesDifferentFailuresAndPassedTestsAlone()
    {
        TestResult Result(int item, string feedback) => new("M", item, $"M: case {item}", feedback.Length == 0 ? 1 : 0, 1, feedback.Length == 0, feedback);
        var results = new[]
        {
            Result(1, "M([1]) threw KeyNotFoundException: no W1"),
            Result(2, string.Empty),
            Result(3, "M([2]) threw KeyNotFoundException: no W1\n\nM([3]) threw KeyNotFoundException: no W1"),
            Result(4, "M([4]) is not right yet"),
        };

        var condensed = RepeatedFailures.Condense(results, new Dictionary<string, List<string>> { ["M"] = ["threw KeyNotFoundException: no W1"] }, r => r.Name[3..]);

        Assert.That(condensed.Select(r => r.Feedback), Is.EqualTo(new[]
        {
            "M([1]) threw KeyNotFoundException: no W1\n\nThe same failure also fails \"case 3\".",
            string.Empty,
            "Same failure as \"case 1\".",
            "M([4]) is not right yet",
        }));
    }

    private static int Occurrences(string text, string part) => (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;
}
