using System.Diagnostics;
using Initialization.Shared;
using Initialization.Tests.Support;
using NUnit.Framework;

namespace Initialization.Tests;

/// <summary>Exercise 3: InitializeParametersHe.</summary>
[DependsOnFixture(typeof(RandomInitializationTests), AllowFailure = true)] // Exercises run and report in order: 1, 2, 3.
[StackTraceHidden] // Every failure here explains itself; a stack trace into this file would only add noise.
public class HeInitializationTests
{
    private const string Method = nameof(Initializers.InitializeParametersHe);
    private const double Tolerance = 1e-10;

    // The notebook's expected output for [2, 4, 1], at full precision (numpy prints 8 decimals:
    // W1 = [[ 1.78862847 0.43650985] [ 0.09649747 -1.8634927 ] [-0.2773882 -0.35475898] [-0.08274148 -0.62700068]],
    // W2 = [[-0.03098412 -0.33744411 -0.92904268 0.62552248]]); computed by tools/starter/expected_values.py.
    private static readonly Matrix s_expectedW1 = Matrix.FromArray(new double[,]
    {
        { 1.7886284734303186, 0.43650985051198943 },
        { 0.09649746807200862, -1.8634927033644908 },
        { -0.27738820251439905, -0.35475897926898675 },
        { -0.08274148148245977, -0.6270006768238473 },
    });

    private static readonly Matrix s_expectedW2 = Matrix.FromArray(new double[,]
    {
        { -0.030984124422056857, -0.33744410537169206, -0.9290426766647434, 0.6255224840406426 },
    });

    private const string GeneralHint =
        "draw every W{l} from the one rng created before the loop, W1 first, with rng.Randn(layersDims[l], layersDims[l - 1]), "
        + "and multiply it by Math.Sqrt(2.0 / layersDims[l - 1]).";

    private const string BiasHint = "only the weights are random: every bias starts at zero, Matrix.Zeros(layersDims[l], 1).";

    /// <summary>He's rule, and the wrong factors students use instead of Math.Sqrt(2.0 / layersDims[l - 1]).</summary>
    internal static readonly WeightRule Rule = new(Method, (dims, l) => Math.Sqrt(2.0 / dims[l - 1]), GeneralHint,
    [
        new("the draws are multiplied by 10, the factor of the large random initializer; He multiplies them by Math.Sqrt(2.0 / layersDims[l - 1])", (_, _) => 10),
        new("the draws are not scaled: multiply rng.Randn(…) by Math.Sqrt(2.0 / layersDims[l - 1])", (_, _) => 1),
        new("the factor is Math.Sqrt(1.0 / layersDims[l - 1]), Xavier's: He has 2.0 where Xavier has 1, Math.Sqrt(2.0 / layersDims[l - 1])", (dims, l) => Math.Sqrt(1.0 / dims[l - 1])),
        new("the factor uses the size of this layer, layersDims[l]; He uses the previous layer's size: Math.Sqrt(2.0 / layersDims[l - 1])", (dims, l) => Math.Sqrt(2.0 / dims[l])),
        new("2 / layersDims[l - 1] divides two ints in C#, which drops the fraction (2 / 4 is 0): write Math.Sqrt(2.0 / layersDims[l - 1])", (dims, l) => Math.Sqrt(2 / dims[l - 1])),
        new("the factor needs a square root: Math.Sqrt(2.0 / layersDims[l - 1]), not 2.0 / layersDims[l - 1]", (dims, l) => 2.0 / dims[l - 1]),
    ]);

    [Test]
    public void ForLayers2_4_1_ReturnsW1b1W2b2WithTheirShapes()
    {
        var parameters = StudentCode.Parameters(Method, Initializers.InitializeParametersHe, 2, 4, 1);

        ParameterShapes.AssertKeysAndShapes(parameters, 2, 4, 1);
    }

    [Test, DependsOnTest(nameof(ForLayers2_4_1_ReturnsW1b1W2b2WithTheirShapes), AllowFailure = true)]
    public void ForTheModelsLayers2_10_5_1_ReturnsThreeLayersOfParametersWithTheirShapes()
    {
        var parameters = StudentCode.Parameters(Method, Initializers.InitializeParametersHe, 2, 10, 5, 1);

        ParameterShapes.AssertKeysAndShapes(parameters, 2, 10, 5, 1);
    }

    [Test, DependsOnTest(nameof(ForTheModelsLayers2_10_5_1_ReturnsThreeLayersOfParametersWithTheirShapes), AllowFailure = true)]
    public void ForLayers2_4_1_WeightsAreTheSeededDrawsTimesSqrtOf2OverThePreviousLayersSize()
    {
        var parameters = StudentCode.Parameters(Method, Initializers.InitializeParametersHe, 2, 4, 1);

        // W1: previous layer of 2 units, so the He factor Math.Sqrt(2.0 / 2) is 1; W2: 4 units before, Math.Sqrt(2.0 / 4).
        Verify.Weights(Rule, Initializers.InitializeParametersHe, [2, 4, 1], parameters,
            new Dictionary<string, Matrix> { ["W1"] = s_expectedW1, ["W2"] = s_expectedW2 }, Tolerance);
    }

    [Test, DependsOnTest(nameof(ForLayers2_4_1_WeightsAreTheSeededDrawsTimesSqrtOf2OverThePreviousLayersSize), AllowFailure = true)]
    public void ForLayers2_4_1_BiasesAreZero()
    {
        var parameters = StudentCode.Parameters(Method, Initializers.InitializeParametersHe, 2, 4, 1);

        Verify.Zeros(parameters, BiasHint, "b1", "b2");
    }
}
