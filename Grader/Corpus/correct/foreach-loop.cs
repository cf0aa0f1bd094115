// Style: foreach over Enumerable.Range for the layers.
using Initialization.Shared;

namespace Initialization;

public static class Initializers
{
    public static Dictionary<string, Matrix> InitializeParametersZeros(int[] layersDims)
    {
        var parameters = new Dictionary<string, Matrix>();
        foreach (var l in Enumerable.Range(1, layersDims.Length - 1))
        {
            parameters[$"W{l}"] = Matrix.Zeros(layersDims[l], layersDims[l - 1]);
            parameters[$"b{l}"] = Matrix.Zeros(layersDims[l], 1);
        }

        return parameters;
    }

    public static Dictionary<string, Matrix> InitializeParametersRandom(int[] layersDims)
    {
        var rng = new RandomState(3);
        var parameters = new Dictionary<string, Matrix>();
        foreach (int l in Enumerable.Range(1, layersDims.Length - 1))
        {
            parameters[$"W{l}"] = rng.Randn(layersDims[l], layersDims[l - 1]) * 10;
            parameters[$"b{l}"] = Matrix.Zeros(layersDims[l], 1);
        }

        return parameters;
    }

    public static Dictionary<string, Matrix> InitializeParametersHe(int[] layersDims)
    {
        var rng = new RandomState(3);
        var parameters = new Dictionary<string, Matrix>();
        var layer = 0;
        foreach (var units in layersDims.Skip(1))
        {
            var previous = layersDims[layer];
            layer++;
            parameters[$"W{layer}"] = rng.Randn(units, previous) * Math.Sqrt(2.0 / previous);
            parameters[$"b{layer}"] = Matrix.Zeros(units, 1);
        }

        return parameters;
    }
}
