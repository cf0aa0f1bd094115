using Initialization.Shared;
using Initialization.Tests.Support;
using NUnit.Framework;

namespace Initialization.Tests;

/// <summary>Exercise 3: InitializeParametersHe.</summary>
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

    [Test]
    public void ForLayers2_4_1_ReturnsW1b1W2b2WithTheirShapes()
    {
        var parameters = StudentCode.Parameters(Method, Initializers.InitializeParametersHe, 2, 4, 1);

        ParameterShapes.AssertKeysAndShapes(parameters, 2, 4, 1);
    }

    [Test]
    public void ForTheModelsLayers2_10_5_1_ReturnsThreeLayersOfParametersWithTheirShapes()
    {
        var parameters = StudentCode.Parameters(Method, Initializers.InitializeParametersHe, 2, 10, 5, 1);

        ParameterShapes.AssertKeysAndShapes(parameters, 2, 10, 5, 1);
    }

    [Test]
    public void ForLayers2_4_1_WeightsAreTheSeededDrawsTimesSqrtOf2OverThePreviousLayersSize()
    {
        var parameters = StudentCode.Parameters(Method, Initializers.InitializeParametersHe, 2, 4, 1);

        using (Assert.EnterMultipleScope())
        {
            // W1: previous layer of 2 units, so the He factor sqrt(2 / 2) is 1.
            Assert.That(parameters["W1"], Matches.Matrix("W1", s_expectedW1).Within(Tolerance).Hinting(MistakesForW1(), GeneralHint));
            // W2: previous layer of 4 units, factor sqrt(2 / 4).
            Assert.That(parameters["W2"], Matches.Matrix("W2", s_expectedW2).Within(Tolerance).Hinting(MistakesForW2(), GeneralHint));
        }
    }

    [Test]
    public void ForLayers2_4_1_BiasesAreZero()
    {
        var parameters = StudentCode.Parameters(Method, Initializers.InitializeParametersHe, 2, 4, 1);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(parameters["b1"], Matches.Matrix("b1", Matrix.Zeros(4, 1)).Within(0).Hinting([], BiasHint));
            Assert.That(parameters["b2"], Matches.Matrix("b2", Matrix.Zeros(1, 1)).Within(0).Hinting([], BiasHint));
        }
    }

    private const string GeneralHint =
        "draw every W{l} from the one rng created before the loop, W1 first, with rng.Randn(layersDims[l], layersDims[l - 1]), "
        + "and multiply it by Math.Sqrt(2.0 / layersDims[l - 1]).";

    private const string BiasHint = "only the weights are random: every bias starts at zero, Matrix.Zeros(layersDims[l], 1).";

    // What W1 ([2, 4, 1]: 2 units before, 4 in the layer) looks like after typical mistakes.
    private static LikelyMistake[] MistakesForW1() =>
    [
        // sqrt(1 / 2) is both Xavier's factor and sqrt(2 / 4), the factor with this layer's size.
        new(s_expectedW1 * Math.Sqrt(1.0 / 2),
            "W1 is scaled by sqrt(1/2): either Xavier's sqrt(1 / layersDims[l - 1]) or the size of this layer, layersDims[l]; He uses sqrt(2.0 / layersDims[l - 1])."),
        new(s_expectedW1 * 10, "that is the factor 10 of the large random initializer; He multiplies by Math.Sqrt(2.0 / layersDims[l - 1])."),
        new(new RandomState(3).Randn(2, 4).Transpose(),
            "you drew a (layersDims[l - 1], layersDims[l]) matrix and transposed it; draw rng.Randn(layersDims[l], layersDims[l - 1]) directly (rows first), as numpy does."),
    ];

    // W2: 4 units before, 1 in the layer; the correct factor is sqrt(2 / 4).
    private static LikelyMistake[] MistakesForW2()
    {
        var draws = s_expectedW2 / Math.Sqrt(2.0 / 4);
        return
        [
            new(Matrix.Zeros(1, 4),
                "W2 is all zeros: 2 / layersDims[l - 1] divides two ints in C#, and 2 / 4 is 0. Write 2.0 / layersDims[l - 1] to get 0.5."),
            new(draws, "the draws are not scaled: multiply rng.Randn(…) by Math.Sqrt(2.0 / layersDims[l - 1])."),
            new(draws * Math.Sqrt(1.0 / 4), "sqrt(1 / n) is Xavier's scaling; He uses sqrt(2 / layersDims[l - 1])."),
            new(draws * (2.0 / 4), "the factor needs a square root: Math.Sqrt(2.0 / layersDims[l - 1])."),
            new(draws * Math.Sqrt(2.0 / 1), "you scaled by the size of this layer, layersDims[l]; He uses the previous layer's size, layersDims[l - 1]."),
            new(draws * 10, "that is the factor 10 of the large random initializer; He multiplies by Math.Sqrt(2.0 / layersDims[l - 1])."),
            new(new RandomState(3).Randn(1, 4) * Math.Sqrt(2.0 / 4),
                "W2 starts again from the first random numbers: create the RandomState(3) once, before the loop, not inside it."),
        ];
    }
}
