using Initialization.Grader.Exercise;
using Initialization.Grader.HiddenTests.Feedback;
using Initialization.Grader.HiddenTests.Subject;

namespace Initialization.Grader.HiddenTests;

/// <summary>InitializeParametersZeros (its points: course.json).</summary>
[TestFixture, Grades(GradedMethods.Zeros)]
public sealed class ZerosTests() : InitializerTests(GradedMethods.Zeros, "notebook_zeros_random");

/// <summary>InitializeParametersRandom (its points: course.json).</summary>
[TestFixture, Grades(GradedMethods.Random)]
public sealed class RandomTests() : InitializerTests(GradedMethods.Random, "notebook_zeros_random");

/// <summary>InitializeParametersHe: its values, and training like the course (its points: course.json).</summary>
[TestFixture, Grades(GradedMethods.He)]
public sealed class HeTests() : InitializerTests(GradedMethods.He, "notebook_he")
{
    [Test, Item(9), Description("training the course's network reaches the course's costs")]
    public void Training_ReachesTheCourseCosts() => Expect.TrainsLikeTheCourse(GradedMethods.He);
}
