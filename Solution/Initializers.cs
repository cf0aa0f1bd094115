using System;
using System.Collections.Generic;
using Initialization.Shared;

namespace Initialization;

/// <summary>
/// Three ways to choose the starting weights W1, W2, … and biases b1, b2, … of a network.
/// </summary>
/// <remarks>
/// Each method gets the layer sizes, input layer first: <c>[3, 2, 1]</c> is a network with 3
/// inputs, a hidden layer of 2 units and 1 output unit. For every layer l from 1 to
/// <c>layersDims.Length - 1</c> it returns two entries:
/// <list type="bullet">
/// <item><c>"W{l}"</c>: a matrix of shape (layersDims[l], layersDims[l - 1]), one row per unit of layer l, one column per unit of layer l - 1;</item>
/// <item><c>"b{l}"</c>: a column of shape (layersDims[l], 1), one bias per unit of layer l.</item>
/// </list>
/// For <c>[3, 2, 1]</c>: W1 (2, 3), b1 (2, 1), W2 (1, 2), b2 (1, 1).
/// </remarks>
public static class Initializers
{
    /// <summary>Exercise 1: every weight and every bias is zero.</summary>
    /// <param name="layersDims">Sizes of the layers, input layer first, e.g. [3, 2, 1].</param>
    /// <returns>
    /// W{l}: zeros of shape (layersDims[l], layersDims[l - 1]); b{l}: zeros of shape (layersDims[l], 1).
    /// Build them with <see cref="Matrix.Zeros(int, int)"/>.
    /// </returns>
    public static Dictionary<string, Matrix> InitializeParametersZeros(int[] layersDims)
    {
        var parameters = new Dictionary<string, Matrix>();
        var layerCount = layersDims.Length; // number of layers, input layer included

        for (var l = 1; l < layerCount; l++)
        {
            // BEGIN SOLUTION
            // STUB: store W{l}, zeros of shape (layersDims[l], layersDims[l - 1]), and b{l}, zeros of shape
            // STUB: (layersDims[l], 1), in parameters; create them with Matrix.Zeros(rows, cols).
            parameters[$"W{l}"] = Matrix.Zeros(layersDims[l], layersDims[l - 1]);
            parameters[$"b{l}"] = Matrix.Zeros(layersDims[l], 1);
            // END SOLUTION
        }

        return parameters;
    }

    /// <summary>Exercise 2: large random weights (standard normal draws times 10) and zero biases.</summary>
    /// <param name="layersDims">Sizes of the layers, input layer first, e.g. [3, 2, 1].</param>
    /// <returns>
    /// W{l}: <c>rng.Randn(layersDims[l], layersDims[l - 1])</c> times 10; b{l}: zeros of shape
    /// (layersDims[l], 1). Draw from the one <c>rng</c> created before the loop, W1 first, so
    /// your numbers match the expected ones.
    /// </returns>
    public static Dictionary<string, Matrix> InitializeParametersRandom(int[] layersDims)
    {
        var rng = new RandomState(3); // fixed seed: your "random" numbers match the expected ones
        var parameters = new Dictionary<string, Matrix>();
        var layerCount = layersDims.Length; // number of layers, input layer included

        for (var l = 1; l < layerCount; l++)
        {
            // BEGIN SOLUTION
            // STUB: store W{l}, the draws rng.Randn(layersDims[l], layersDims[l - 1]) times 10, and b{l},
            // STUB: zeros of shape (layersDims[l], 1), in parameters.
            parameters[$"W{l}"] = rng.Randn(layersDims[l], layersDims[l - 1]) * 10;
            parameters[$"b{l}"] = Matrix.Zeros(layersDims[l], 1);
            // END SOLUTION
        }

        return parameters;
    }

    /// <summary>
    /// Exercise 3: He initialization, random weights scaled by sqrt(2 / size of the previous
    /// layer), and zero biases.
    /// </summary>
    /// <param name="layersDims">Sizes of the layers, input layer first, e.g. [2, 4, 1].</param>
    /// <returns>
    /// W{l}: <c>rng.Randn(layersDims[l], layersDims[l - 1])</c> times <c>Math.Sqrt(2.0 / layersDims[l - 1])</c>;
    /// b{l}: zeros of shape (layersDims[l], 1). Write 2.0, not 2: 2 / layersDims[l - 1] divides two
    /// integers in C# and drops the fraction.
    /// </returns>
    public static Dictionary<string, Matrix> InitializeParametersHe(int[] layersDims)
    {
        var rng = new RandomState(3); // fixed seed: your "random" numbers match the expected ones
        var parameters = new Dictionary<string, Matrix>();
        var layerCount = layersDims.Length; // number of layers, input layer included

        for (var l = 1; l < layerCount; l++)
        {
            // BEGIN SOLUTION
            // STUB: store W{l}, the draws rng.Randn(layersDims[l], layersDims[l - 1]) times Math.Sqrt(2.0 / layersDims[l - 1]),
            // STUB: and b{l}, zeros of shape (layersDims[l], 1), in parameters.
            parameters[$"W{l}"] = rng.Randn(layersDims[l], layersDims[l - 1]) * Math.Sqrt(2.0 / layersDims[l - 1]);
            parameters[$"b{l}"] = Matrix.Zeros(layersDims[l], 1);
            // END SOLUTION
        }

        return parameters;
    }
}
