using Initialization.Grader.Exercise;

namespace Initialization.Grader.Tests;

/// <summary>The exercise packs the tests grade with, each loaded once.</summary>
internal static class TestPacks
{
    private static readonly Lazy<ExercisePack> s_initialization = new(() => ExercisePack.Load(AppContext.BaseDirectory));
    private static readonly Lazy<ExercisePack> s_relu = new(() => ExercisePack.Load(ReluFolder));

    /// <summary>The kit's own pack: this project references it, so its assembly and exercise.json sit in the test output folder.</summary>
    public static ExercisePack Initialization => s_initialization.Value;

    /// <summary>The sample pack's folder: copied into packs/relu/ by this project's build, and loaded only at run time.</summary>
    public static string ReluFolder => Path.Combine(AppContext.BaseDirectory, "packs", "relu");

    /// <summary>The sample pack (Grader/SamplePack.Relu.HiddenTests), which proves the core grades another exercise unchanged.</summary>
    public static ExercisePack Relu => s_relu.Value;
}
