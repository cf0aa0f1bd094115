extern alias starter;

namespace Initialization.Experiments.Tests;

/// <summary>The kit's real initializers as the runner's experiments: the reference solution, and the starter's untouched stubs.</summary>
internal static class KitInitializers
{
    public static IReadOnlyList<Experiment> Solution { get; } = CourseExperiments.Create(
        Initializers.InitializeParametersZeros,
        Initializers.InitializeParametersRandom,
        Initializers.InitializeParametersHe);

    public static IReadOnlyList<Experiment> Starter { get; } = CourseExperiments.Create(
        starter::Initialization.Initializers.InitializeParametersZeros,
        starter::Initialization.Initializers.InitializeParametersRandom,
        starter::Initialization.Initializers.InitializeParametersHe);
}
