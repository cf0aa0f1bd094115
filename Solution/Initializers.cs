using System;
using System.Collections.Generic;
using Initialization.Shared;

namespace Initialization;

/// <summary>
/// Three ways to initialize the weights W1, W2, … and biases b1, b2, … of the course's network.
/// Each method gets the layer sizes, input layer first (e.g. [2, 10, 5, 1]), and returns a
/// dictionary with W{l} of shape (layersDims[l], layersDims[l - 1]) and b{l} of shape
/// (layersDims[l], 1) for l = 1 … layersDims.Length - 1.
/// </summary>
public static class Initializers
{
    /// <summary>Every weight and bias zero: the network cannot break symmetry.</summary>
    /// <param name="layersDims">Sizes of the layers, input layer first.</param>
    /// <returns>W1, b1, …: all zeros.</returns>
    public static Dictionary<string, Matrix> InitializeParametersZeros(int[] layersDims)
    {
        var parameters = new Dictionary<string, Matrix>();
        var layerCount = layersDims.Length;

        for (var l = 1; l < layerCount; l++)
        {
            // BEGIN SOLUTION
            parameters[$"W{l}"] = Matrix.Zeros(layersDims[l], layersDims[l - 1]);
            parameters[$"b{l}"] = Matrix.Zeros(layersDims[l], 1);
            // END SOLUTION
        }

        return parameters;
    }

    /// <summary>Large random weights: standard normal draws times 10; biases zero.</summary>
    /// <param name="layersDims">Sizes of the layers, input layer first.</param>
    /// <returns>W{l} = randn(layersDims[l], layersDims[l - 1]) · 10 and zero biases.</returns>
    public static Dictionary<string, Matrix> InitializeParametersRandom(int[] layersDims)
    {
        var rng = new RandomState(3); // the seed makes your numbers match the expected ones
        var parameters = new Dictionary<string, Matrix>();
        var layerCount = layersDims.Length;

        for (var l = 1; l < layerCount; l++)
        {
            // BEGIN SOLUTION
            parameters[$"W{l}"] = rng.Randn(layersDims[l], layersDims[l - 1]) * 10;
            parameters[$"b{l}"] = Matrix.Zeros(layersDims[l], 1);
            // END SOLUTION
        }

        return parameters;
    }

    /// <summary>He initialization: standard normal draws times sqrt(2 / size of the previous layer); biases zero.</summary>
    /// <param name="layersDims">Sizes of the layers, input layer first.</param>
    /// <returns>W{l} = randn(layersDims[l], layersDims[l - 1]) · sqrt(2 / layersDims[l - 1]) and zero biases.</returns>
    public static Dictionary<string, Matrix> InitializeParametersHe(int[] layersDims)
    {
        var rng = new RandomState(3);
        var parameters = new Dictionary<string, Matrix>();
        var layerCount = layersDims.Length;

        for (var l = 1; l < layerCount; l++)
        {
            // BEGIN SOLUTION
            parameters[$"W{l}"] = rng.Randn(layersDims[l], layersDims[l - 1]) * Math.Sqrt(2.0 / layersDims[l - 1]);
            parameters[$"b{l}"] = Matrix.Zeros(layersDims[l], 1);
            // END SOLUTION
        }

        return parameters;
    }
}
