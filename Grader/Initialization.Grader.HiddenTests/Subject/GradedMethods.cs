namespace Initialization.Grader.HiddenTests.Subject;

/// <summary>The names of the graded methods: the contract between Starter, Solution and these tests (exercise.json lists them for the grader).</summary>
public static class GradedMethods
{
    /// <summary>All zeros.</summary>
    public const string Zeros = "InitializeParametersZeros";

    /// <summary>Large random values (×10).</summary>
    public const string Random = "InitializeParametersRandom";

    /// <summary>He scaling, sqrt(2 / previous layer size).</summary>
    public const string He = "InitializeParametersHe";

    /// <summary>The three, in the order the exercise introduces them.</summary>
    public static IReadOnlyList<string> All { get; } = [Zeros, Random, He];
}
