namespace Initialization.Grader.HiddenTests;

/// <summary>The layer sizes the property tests use (the value tests take theirs from the fixtures).</summary>
internal static class CourseCases
{
    /// <summary>The network the course trains on the circles: [2, 10, 5, 1].</summary>
    public static int[] TrainingNetwork => [2, 10, 5, 1];

    /// <summary>A deeper network, for calls in between.</summary>
    public static int[] Deep => [6, 5, 4, 3, 2, 1];
}
