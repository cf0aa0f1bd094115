using System.Diagnostics;
using Initialization.Tests.Support;
using NUnit.Framework;

namespace Initialization.Tests;

/// <summary>Exercise 1: InitializeParametersZeros.</summary>
[StackTraceHidden] // Every failure here explains itself; a stack trace into this file would only add noise.
public class ZerosInitializationTests
{
    private const string Method = nameof(Initializers.InitializeParametersZeros);

    [Test]
    public void ForLayers3_2_1_ReturnsW1b1W2b2WithTheirShapes()
    {
        var parameters = StudentCode.Parameters(Method, Initializers.InitializeParametersZeros, 3, 2, 1);

        ParameterShapes.AssertKeysAndShapes(parameters, 3, 2, 1);
    }

    [Test, DependsOnTest(nameof(ForLayers3_2_1_ReturnsW1b1W2b2WithTheirShapes), AllowFailure = true)]
    public void ForTheModelsLayers2_10_5_1_ReturnsThreeLayersOfParametersWithTheirShapes()
    {
        var parameters = StudentCode.Parameters(Method, Initializers.InitializeParametersZeros, 2, 10, 5, 1);

        ParameterShapes.AssertKeysAndShapes(parameters, 2, 10, 5, 1);
    }

    [Test, DependsOnTest(nameof(ForTheModelsLayers2_10_5_1_ReturnsThreeLayersOfParametersWithTheirShapes), AllowFailure = true)]
    public void ForLayers3_2_1_EveryWeightAndBiasIsZero()
    {
        // numpy prints: W1 = [[0. 0. 0.] [0. 0. 0.]], b1 = [[0.] [0.]], W2 = [[0. 0.]], b2 = [[0.]]
        var parameters = StudentCode.Parameters(Method, Initializers.InitializeParametersZeros, 3, 2, 1);

        Verify.Zeros(parameters, "every value of every W{l} and b{l} must be exactly 0: create them with Matrix.Zeros(rows, cols).", "W1", "b1", "W2", "b2");
    }
}
