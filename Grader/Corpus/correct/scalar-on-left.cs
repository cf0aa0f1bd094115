// Style: the scalar on the left of the product (10 * W, scale * W).
using Initialization.Shared;

namespace Initialization;

public static class Initializers
{
    public static Dictionary<string, Matrix> InitializeParametersZeros(int[] layersDims)
    {
        var parameters = new Dictionary<string, Matrix>();
        for (var l = 1; l < layersDims.Length; l++)
        {
            parameters[$"W{l}"] = 0 * Matrix.Zeros(layersDims[l], layersDims[l - 1]);
            parameters[$"b{l}"] = Matrix.Zeros(layersDims[l], 1);
        }

        return parameters;
    }

    public static Dictionary<string, Matrix> InitializeParametersRandom(int[] layersDims)
    {
        var rng = new RandomState(3);
        var parameters = new Dictionary<string, Matrix>();
        for (var l = 1; l < layersDims.Length; l++)
        {
            parameters[$"W{l}"] = 10 * rng.Randn(layersDims[l], layersDims[l - 1]);
            parameters[$"b{l}"] = Matrix.Zeros(layersDims[l], 1);
        }

        return parameters;
    }

    public static Dictionary<string, Matrix> InitializeParametersHe(int[] layersDims)
    {
        var rng = new RandomState(3);
        var parameters = new Dictionary<string, Matrix>();
        for (var l = 1; l < layersDims.Length; l++)
        {
            parameters[$"W{l}"] = Math.Sqrt(2.0 / layersDims[l - 1]) * rng.Randn(layersDims[l], layersDims[l - 1]);
            parameters[$"b{l}"] = Matrix.Zeros(layersDims[l], 1);
        }

        return parameters;
    }
}
