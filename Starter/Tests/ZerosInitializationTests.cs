using Initialization.Shared;
using Initialization.Tests.Support;
using NUnit.Framework;

namespace Initialization.Tests;

/// <summary>Exercise 1: InitializeParametersZeros.</summary>
public class ZerosInitializationTests
{
    private const string Method = nameof(Initializers.InitializeParametersZeros);

    [Test]
    public void ForLayers3_2_1_ReturnsW1b1W2b2WithTheirShapes()
    {
        var parameters = StudentCode.Parameters(Method, Initializers.InitializeParametersZeros, 3, 2, 1);

        ParameterShapes.AssertKeysAndShapes(parameters, 3, 2, 1);
    }

    [Test]
    public void ForTheModelsLayers2_10_5_1_ReturnsThreeLayersOfParametersWithTheirShapes()
    {
        var parameters = StudentCode.Parameters(Method, Initializers.InitializeParametersZeros, 2, 10, 5, 1);

        ParameterShapes.AssertKeysAndShapes(parameters, 2, 10, 5, 1);
    }

    [Test]
    public void ForLayers3_2_1_EveryWeightAndBiasIsZero()
    {
        // numpy prints: W1 = [[0. 0. 0.] [0. 0. 0.]], b1 = [[0.] [0.]], W2 = [[0. 0.]], b2 = [[0.]]
        var parameters = StudentCode.Parameters(Method, Initializers.InitializeParametersZeros, 3, 2, 1);

        using (Assert.EnterMultipleScope())
        {
            AssertZeros(parameters, "W1", 2, 3);
            AssertZeros(parameters, "b1", 2, 1);
            AssertZeros(parameters, "W2", 1, 2);
            AssertZeros(parameters, "b2", 1, 1);
        }
    }

    private static void AssertZeros(IReadOnlyDictionary<string, Matrix> parameters, string key, int rows, int cols) =>
        Assert.That(parameters[key], Matches.Matrix(key, Matrix.Zeros(rows, cols))
            .Within(0)
            .Hinting([], $"every value of {key} must be exactly 0: create it with Matrix.Zeros(rows, cols)."));
}
