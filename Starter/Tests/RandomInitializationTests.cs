using Initialization.Shared;
using Initialization.Tests.Support;
using NUnit.Framework;

namespace Initialization.Tests;

/// <summary>Exercise 2: InitializeParametersRandom.</summary>
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

    [Test]
    public void ForLayers3_2_1_ReturnsW1b1W2b2WithTheirShapes()
    {
        var parameters = StudentCode.Parameters(Method, Initializers.InitializeParametersRandom, 3, 2, 1);

        ParameterShapes.AssertKeysAndShapes(parameters, 3, 2, 1);
    }

    [Test]
    public void ForTheModelsLayers2_10_5_1_ReturnsThreeLayersOfParametersWithTheirShapes()
    {
        var parameters = StudentCode.Parameters(Method, Initializers.InitializeParametersRandom, 2, 10, 5, 1);

        ParameterShapes.AssertKeysAndShapes(parameters, 2, 10, 5, 1);
    }

    [Test]
    public void ForLayers3_2_1_WeightsAreTheSeededDrawsTimes10()
    {
        var parameters = StudentCode.Parameters(Method, Initializers.InitializeParametersRandom, 3, 2, 1);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(parameters["W1"], Matches.Matrix("W1", s_expectedW1).Within(Tolerance).Hinting(MistakesForW1(), GeneralHint));
            Assert.That(parameters["W2"], Matches.Matrix("W2", s_expectedW2).Within(Tolerance).Hinting(MistakesForW2(), GeneralHint));
        }
    }

    [Test]
    public void ForLayers3_2_1_BiasesAreZero()
    {
        var parameters = StudentCode.Parameters(Method, Initializers.InitializeParametersRandom, 3, 2, 1);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(parameters["b1"], Matches.Matrix("b1", Matrix.Zeros(2, 1)).Within(0).Hinting([], BiasHint));
            Assert.That(parameters["b2"], Matches.Matrix("b2", Matrix.Zeros(1, 1)).Within(0).Hinting([], BiasHint));
        }
    }

    private const string GeneralHint =
        "draw every W{l} from the one rng created before the loop, W1 first, with rng.Randn(layersDims[l], layersDims[l - 1]) * 10.";

    private const string BiasHint =
        "only the weights are random: every bias starts at zero, Matrix.Zeros(layersDims[l], 1).";

    private static LikelyMistake[] MistakesForW1() =>
    [
        new(s_expectedW1 / 10, "these are the draws without the factor 10: multiply rng.Randn(…) by 10."),
        new(new RandomState(3).Randn(3, 2).Transpose() * 10,
            "you drew a (layersDims[l - 1], layersDims[l]) matrix and transposed it; draw rng.Randn(layersDims[l], layersDims[l - 1]) directly (rows first), as numpy does."),
    ];

    private static LikelyMistake[] MistakesForW2() =>
    [
        new(s_expectedW2 / 10, "these are the draws without the factor 10: multiply rng.Randn(…) by 10."),
        new(new RandomState(3).Randn(1, 2) * 10,
            "W2 starts again from the first random numbers: create the RandomState(3) once, before the loop, not inside it."),
    ];
}
