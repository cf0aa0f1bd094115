using Initialization.Grader.Exercise;
using Initialization.Grader.HiddenTests.Feedback;

namespace Initialization.Grader.HiddenTests;

/// <summary>
/// The hidden tests every initializer gets: numpy's values on the notebook's example and on
/// networks beyond it, and two properties (no state between calls, argument untouched). Their
/// points are the course's: the repository's course.json, by method and by test name.
/// Each graded method has a fixture below that names it; its descriptions read after the name,
/// e.g. "InitializeParametersHe: a deep network (5 layers)".
/// </summary>
/// <param name="method">The graded method.</param>
/// <param name="notebookCase">The fixture case of the notebook's visible example for this method.</param>
public abstract class InitializerTests(string method, string notebookCase)
{
    [Test, Item(1), Description("the notebook's example")]
    public void NotebookExample_MatchesTheCourse() => Expect.MatchesNumpy(method, showExpected: true, notebookCase);

    [Test, Item(2), Description("the training network [2, 10, 5, 1]")]
    public void TrainingNetwork_MatchesNumpy() => Expect.MatchesNumpy(method, showExpected: false, "training_network");

    [Test, Item(3), Description("a deep network (5 layers)")]
    public void DeepNetwork_MatchesNumpy() => Expect.MatchesNumpy(method, showExpected: false, "deep");

    [Test, Item(4), Description("single-layer networks")]
    public void SingleLayerNetworks_MatchNumpy() => Expect.MatchesNumpy(method, showExpected: false, "single_layer", "single_layer_wide_output");

    [Test, Item(5), Description("a wide network [784, 128, 10]")]
    public void WideNetwork_MatchesNumpy() => Expect.MatchesNumpy(method, showExpected: false, "wide");

    [Test, Item(6), Description("layers of size 1")]
    public void LayersOfSizeOne_MatchNumpy() => Expect.MatchesNumpy(method, showExpected: false, "sizes_of_one", "bottleneck_of_one");

    [Test, Item(7), Description("the same result on repeated calls")]
    public void RepeatedCalls_GiveTheSameResult() => Expect.SameResultOnRepeatedCalls(method, CourseCases.TrainingNetwork, CourseCases.Deep);

    [Test, Item(8), Description("the argument left unchanged")]
    public void Argument_IsLeftUnchanged() => Expect.LeavesInputUnchanged(method, CourseCases.TrainingNetwork);
}
