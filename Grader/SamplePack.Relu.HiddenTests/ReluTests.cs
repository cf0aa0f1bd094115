using Initialization.Grader.Exercise;
using Initialization.Shared;

namespace SamplePack.Relu;

/// <summary>Relu (its points: course.json).</summary>
[TestFixture, Grades("Relu")]
public sealed class ReluTests
{
    private static readonly Matrix s_z = new(2, 3, [-1.5, 0.0, 2.0, 3.25, -0.0, -7.0]);

    // The example every student may see at once; the pack's other tests show their details after the due date (course.json).
    [Test, Item(1), Description("negative values become 0, the others stay")]
    public void Values_AreMaxOfZeroAndZ()
    {
        var outcome = Subject.Current.Call("Relu", s_z);
        var result = Subject.Returned<Matrix>(outcome, "Relu");
        Assert.That(result.ToArray(), Is.EqualTo(new[] { 0.0, 0.0, 2.0, 3.25, 0.0, 0.0 }), $"Relu of {s_z} should be max(0, z) element by element, but it returned {result}.");
    }

    [Test, Item(2), Description("the shape stays the same")]
    public void Shape_IsKept()
    {
        var tall = new Matrix(4, 1, [1.0, -1.0, 2.0, -2.0]);
        var result = Subject.Returned<Matrix>(Subject.Current.Call("Relu", tall), "Relu");
        Assert.That(result.Shape, Is.EqualTo((4, 1)), $"Relu of a 4×1 matrix returned a {result.Rows}×{result.Cols} matrix: keep the input's shape.");
    }

    [Test, Item(3), Description("the argument left unchanged")]
    public void Argument_IsLeftUnchanged()
    {
        var outcome = Subject.Current.Call("Relu", s_z);
        Subject.Returned<Matrix>(outcome, "Relu");
        var after = outcome.ArgumentsAfterCall is [Matrix z] ? z : null;
        Assert.That(after?.ToArray(), Is.EqualTo(s_z.ToArray()), "Relu changed the matrix it was given: build a new matrix (Map does) instead of writing into z.");
    }
}

/// <summary>CountPositive (its points: course.json).</summary>
[TestFixture, Grades("CountPositive")]
public sealed class CountPositiveTests
{
    [Test, Item(1), Description("counts the values above zero")]
    public void Count_IsTheNumberAboveZero()
    {
        var result = Subject.Returned<int>(Subject.Current.Call("CountPositive", new[] { 1.0, -2.0, 0.0, 3.5, -0.0 }), "CountPositive");
        Assert.That(result, Is.EqualTo(2), "CountPositive([1, -2, 0, 3.5, -0]) should be 2: zero is not positive.");
    }
}

/// <summary>The submission under test, and reading its outcomes.</summary>
internal static class Subject
{
    private static readonly InProcessSubmission s_reference = new(typeof(Reference.Activations));

    /// <summary>The submission under test (the reference under a plain dotnet test).</summary>
    public static ISubmission Current => SubmissionUnderTest.CurrentOr(s_reference);

    /// <summary>The returned value as a <typeparamref name="T"/>, or a failure that says what happened instead.</summary>
    public static T Returned<T>(CallOutcome outcome, string method)
    {
        if (outcome is { Kind: CallKind.Returned, Value: T value })
        {
            return value;
        }

        Assert.Fail(outcome.Kind == CallKind.Returned ? $"{method} returned something other than a {typeof(T).Name}." : $"{method} {outcome.Explanation}");
        throw new InvalidOperationException("unreachable");
    }
}
