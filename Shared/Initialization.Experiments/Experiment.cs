using Initialization.Shared;

namespace Initialization.Experiments;

/// <summary>One initializer of the exercise and how the runner presents it.</summary>
/// <param name="Key">Short name used in file names and in the JSON report: "zeros", "random" or "he".</param>
/// <param name="Title">Heading for people, e.g. "He initialization".</param>
/// <param name="MethodName">The student's method, e.g. "InitializeParametersHe", named in messages.</param>
/// <param name="Initializer">The student's method: layer sizes in, W1, b1, … out.</param>
/// <param name="ExampleLayerDims">The layer sizes of the example whose output the notebook shows.</param>
/// <param name="Lesson">What the experiment shows, for the conclusions table.</param>
/// <param name="Course">What the course's model reaches, to compare with; null when there is nothing to compare.</param>
public sealed record Experiment(
    string Key,
    string Title,
    string MethodName,
    Func<int[], Dictionary<string, Matrix>> Initializer,
    IReadOnlyList<int> ExampleLayerDims,
    string Lesson,
    CourseOutcome? Course = null);
