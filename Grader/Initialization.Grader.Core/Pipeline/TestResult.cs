namespace Initialization.Grader.Pipeline;

/// <summary>The outcome of one hidden test, in the form every report format is produced from.</summary>
/// <param name="Method">The graded method it belongs to.</param>
/// <param name="Item">Its number in that method's rubric.</param>
/// <param name="Name">A readable name, e.g. "InitializeParametersHe: a deep network (5 layers)".</param>
/// <param name="Score">Points earned.</param>
/// <param name="MaxScore">Points it is worth.</param>
/// <param name="Passed">Whether it passed.</param>
/// <param name="Feedback">What is wrong (empty when passed).</param>
public sealed record TestResult(string Method, int Item, string Name, double Score, double MaxScore, bool Passed, string Feedback)
{
    /// <summary>The check's name in course.json: the hidden test's name (e.g. "DeepNetwork_MatchesNumpy"); empty when not from a pack.</summary>
    public string Check { get; init; } = string.Empty;

    /// <summary>When students see the test's details, as course.json chose it (<see cref="Exercise.CourseConfiguration.CheckVisibility"/>); null: the exercise's default.</summary>
    public string? Visibility { get; init; }
}
