using Initialization.Shared;

namespace Initialization.Experiments;

/// <summary>The exercise's three experiments, in the notebook's order.</summary>
public static class CourseExperiments
{
    /// <summary>Wraps the three initializers of the exercise as experiments.</summary>
    /// <param name="zeros">InitializeParametersZeros.</param>
    /// <param name="random">InitializeParametersRandom.</param>
    /// <param name="he">InitializeParametersHe.</param>
    /// <returns>
    /// Zeros, large random and He, each with the notebook's example layer sizes and the course's
    /// accuracies: 50% / 50%, 83% / 86% and 99.33% / 96% (train / test).
    /// </returns>
    public static IReadOnlyList<Experiment> Create(
        Func<int[], Dictionary<string, Matrix>> zeros,
        Func<int[], Dictionary<string, Matrix>> random,
        Func<int[], Dictionary<string, Matrix>> he)
    {
        ArgumentNullException.ThrowIfNull(zeros);
        ArgumentNullException.ThrowIfNull(random);
        ArgumentNullException.ThrowIfNull(he);
        return
        [
            new("zeros", "Zeros initialization", "InitializeParametersZeros", zeros, [3, 2, 1],
                "every unit of a layer computes the same thing: symmetry is never broken",
                new CourseOutcome(150, 300, 50, 100)),
            new("random", "Large random initialization", "InitializeParametersRandom", random, [3, 2, 1],
                "weights that are too large saturate the output and slow learning down",
                new CourseOutcome(249, 300, 86, 100)),
            new("he", "He initialization", "InitializeParametersHe", he, [2, 4, 1],
                "weights scaled to the layer size: the method to use with ReLU",
                new CourseOutcome(298, 300, 96, 100)),
        ];
    }
}
