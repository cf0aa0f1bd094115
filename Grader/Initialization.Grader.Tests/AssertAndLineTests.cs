using Initialization.Grader.HiddenTests.Subject;

namespace Initialization.Grader.Tests;

/// <summary>
/// Asserts behave like Python's: a passing one costs nothing, a failing one fails the call of the
/// method that holds it with its line and message (never the process, never silently). An
/// exception names the line of the student's file where it was thrown.
/// </summary>
public class AssertAndLineTests
{
    private const string HeLoopLine = "            parameters[$\"b{l}\"] = Matrix.Zeros(layersDims[l], 1);\n            // END SOLUTION\n        }\n\n        return parameters;\n    }\n}";

    [Test]
    public void PassingAsserts_CostNothing()
    {
        var result = TestGrader.GradeText(WithHeLines(
            "System.Diagnostics.Debug.Assert(parameters[$\"W{l}\"].Rows == layersDims[l], \"W has one row per unit\");",
            "System.Diagnostics.Trace.Assert(parameters[$\"b{l}\"].Cols == 1);"));

        Assert.That(result.Score, Is.EqualTo(result.MaxScore), TestGrader.MethodFeedback(result, GradedMethods.He));
    }

    [TestCase("System.Diagnostics.Debug.Assert(layersDims.Length > 40, \"the network needs 40 layers\");", "your assertion on line {0} failed: the network needs 40 layers")]
    [TestCase("System.Diagnostics.Trace.Assert(l > 40, $\"layer {l} is not above 40\", \"check l\");", "your assertion on line {0} failed: layer 1 is not above 40 check l")]
    [TestCase("System.Diagnostics.Debug.Assert(layersDims.Length > 40);", "your assertion on line {0} failed: layersDims.Length > 40")]
    public void AFailingAssert_FailsOnlyItsMethod_WithItsLineAndMessage(string assert, string expected)
    {
        var source = WithHeLines(assert);
        var line = LineOf(source, assert);

        var result = TestGrader.GradeText(source);

        var feedback = TestGrader.MethodFeedback(result, GradedMethods.He);
        Assert.Multiple(() =>
        {
            Assert.That(TestGrader.MethodScore(result, GradedMethods.Zeros), Is.EqualTo(TestGrader.MethodMax(result, GradedMethods.Zeros)));
            Assert.That(TestGrader.MethodScore(result, GradedMethods.Random), Is.EqualTo(TestGrader.MethodMax(result, GradedMethods.Random)));
            Assert.That(TestGrader.MethodScore(result, GradedMethods.He), Is.Zero);
            Assert.That(feedback, Does.Contain($"stopped: {string.Format(System.Globalization.CultureInfo.InvariantCulture, expected, line)}"));
            Assert.That(feedback, Does.Not.Contain("crashed"));
        });
    }

    [Test]
    public void AnExceptionOnALaterLine_IsReportedAtThatLine_WithThePublicTestsHint()
    {
        const string Throwing = "var unused = layersDims[l + 1];";
        var source = WithHeLines(Throwing);
        var line = LineOf(source, Throwing);

        var feedback = TestGrader.MethodFeedback(TestGrader.GradeText(source), GradedMethods.He);

        Assert.Multiple(() =>
        {
            Assert.That(line, Is.GreaterThan(LineOf(source, "var rng = new RandomState(3);")));
            Assert.That(feedback, Does.Contain($"threw IndexOutOfRangeException on line {line} of Initializers.cs: Index was outside the bounds of the array."));
            Assert.That(feedback, Does.Contain("the loop runs l = 1 … layersDims.Length - 1"));
        });
    }

    /// <summary>The reference solution with <paramref name="lines"/> added at the end of the He loop.</summary>
    private static string WithHeLines(params string[] lines)
    {
        var text = File.ReadAllText(RepositoryPaths.Solution).ReplaceLineEndings("\n");
        var added = string.Concat(lines.Select(l => "            " + l + "\n"));
        Assert.That(text, Does.EndWith(HeLoopLine + "\n"), "the reference solution's He loop moved: update this test");
        return text[..^(HeLoopLine.Length + 1)] + HeLoopLine.Replace("            // END SOLUTION\n", "            // END SOLUTION\n" + added, StringComparison.Ordinal) + "\n";
    }

    private static int LineOf(string source, string text) =>
        source.Split('\n').Select((l, i) => (l, i)).First(p => p.l.Contains(text, StringComparison.Ordinal)).i + 1;
}
