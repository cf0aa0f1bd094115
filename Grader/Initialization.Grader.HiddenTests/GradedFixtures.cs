using Initialization.Grader.Exercise;
using Initialization.Grader.HiddenTests.Feedback;
using Initialization.Grader.HiddenTests.Subject;

namespace Initialization.Grader.HiddenTests;

/// <summary>InitializeParametersZeros: 3 points.</summary>
[TestFixture, Grades(GradedMethods.Zeros)]
public sealed class ZerosTests() : InitializerTests(GradedMethods.Zeros, "notebook_zeros_random");

/// <summary>InitializeParametersRandom: 3 points.</summary>
[TestFixture, Grades(GradedMethods.Random)]
public sealed class RandomTests() : InitializerTests(GradedMethods.Random, "notebook_zeros_random");

/// <summary>InitializeParametersHe: 3 points for its values, 1 for training like the course.</summary>
[TestFixture, Grades(GradedMethods.He)]
public sealed class HeTests() : InitializerTests(GradedMethods.He, "notebook_he")
{
    [Test, Item(9), Points(1.0), Description("training the course's network reaches the course's costs")]
    public void Training_ReachesTheCourseCosts() => Expect.TrainsLikeTheCourse(GradedMethods.He);
}
