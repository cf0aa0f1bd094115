using System.Diagnostics;
using Initialization.Shared;
using Initialization.Tests.Support;
using NUnit.Framework;

namespace Initialization.Tests;

/// <summary>Exercise 2: InitializeParametersRandom.</summary>
[DependsOnFixture(typeof(ZerosInitializationTests), AllowFailure = true)] // Exercises run and report in order: 1, 2, 3.
[StackTraceHidden] // Every failure here explains itself; a stack trace into this file would only add noise.
public class RandomInitializationTests
{
    private const string Method = nameof(Initializers.InitializeParametersRandom);
    private const double Tolerance = 1e-10;

    // The notebook's expected output for [3, 2, 1], at full precision (numpy prints 8 decimals:
    // W1 = [[ 17.88628473 4.36509851 0.96497468] [-18.63492703 -2.77388203 -3.54758979]],
    // W2 = [[-0.82741481 -6.27000677]]); computed by tools/starter/expected_values.py.
    private static readonly Matrix s_expectedW1 = Matrix.FromArray(new double[,]
    {
        { 17.886284734303185, 4.365098505119894, 0.9649746807200863 },
        { -18.634927033644907, -2.7738820251439904, -3.5475897926898674 },
    });

    private static readonly Matrix s_expectedW2 = Matrix.FromArray(new double[,] { { -0.8274148148245977, -6.270006768238473 } });

    private const string GeneralHint =
        "draw every W{l} from the one rng created before the loop, W1 first, with rng.Randn(layersDims[l], layersDims[l - 1]) * 10.";

    private const string BiasHint =
        "only the weights are random: every bias starts at zero, Matrix.Zeros(layersDims[l], 1).";

    /// <summary>The large random rule, and the wrong factors students use instead of 10.</summary>
    internal static readonly WeightRule Rule = new(Method, (_, _) => 10, GeneralHint,
    [
        new("the draws are not multiplied by 10: write rng.Randn(…) * 10", (_, _) => 1),
        new("the draws are multiplied by Math.Sqrt(2.0 / layersDims[l - 1]), which is He initialization; this one multiplies them by 10", (dims, l) => Math.Sqrt(2.0 / dims[l - 1])),
        new("the draws are multiplied by 0.01 (small random values); this one multiplies them by 10", (_, _) => 0.01),
    ]);

    [Test]
    public void ForLayers3_2_1_ReturnsW1b1W2b2WithTheirShapes()
    {
        var parameters = StudentCode.Parameters(Method, Initializers.InitializeParametersRandom, 3, 2, 1);

        ParameterShapes.AssertKeysAndShapes(parameters, 3, 2, 1);
    }

    [Test, DependsOnTest(nameof(ForLayers3_2_1_ReturnsW1b1W2b2WithTheirShapes), AllowFailure = true)]
    public void ForTheModelsLayers2_10_5_1_ReturnsThreeLayersOfParametersWithTheirShapes()
    {
        var parameters = StudentCode.Parameters(Method, Initializers.InitializeParametersRandom, 2, 10, 5, 1);

        ParameterShapes.AssertKeysAndShapes(parameters, 2, 10, 5, 1);
    }

    [Test, DependsOnTest(nameof(ForTheModelsLayers2_10_5_1_ReturnsThreeLayersOfParametersWithTheirShapes), AllowFailure = true)]
    public void ForLayers3_2_1_WeightsAreTheSeededDrawsTimes10()
    {
        var parameters = StudentCode.Parameters(Method, Initializers.InitializeParametersRandom, 3, 2, 1);

        Verify.Weights(Rule, Initializers.InitializeParametersRandom, [3, 2, 1], parameters,
            new Dictionary<string, Matrix> { ["W1"] = s_expectedW1, ["W2"] = s_expectedW2 }, Tolerance);
    }

    [Test, DependsOnTest(nameof(ForLayers3_2_1_WeightsAreTheSeededDrawsTimes10), AllowFailure = true)]
    public void ForLayers3_2_1_BiasesAreZero()
    {
        var parameters = StudentCode.Parameters(Method, Initializers.InitializeParametersRandom, 3, 2, 1);

        Verify.Zeros(parameters, BiasHint, "b1", "b2");
    }
}
