// Style: while loops with a counter incremented at the end.
using Initialization.Shared;

namespace Initialization;

public static class Initializers
{
    public static Dictionary<string, Matrix> InitializeParametersZeros(int[] layersDims)
    {
        var parameters = new Dictionary<string, Matrix>();
        var l = 1;
        while (l < layersDims.Length)
        {
            parameters[$"W{l}"] = Matrix.Zeros(layersDims[l], layersDims[l - 1]);
            parameters[$"b{l}"] = Matrix.Zeros(layersDims[l], 1);
            l++;
        }

        return parameters;
    }

    public static Dictionary<string, Matrix> InitializeParametersRandom(int[] layersDims)
    {
        var rng = new RandomState(3);
        var parameters = new Dictionary<string, Matrix>();
        int l = 1;
        while (l <= layersDims.Length - 1)
        {
            parameters[$"W{l}"] = rng.Randn(layersDims[l], layersDims[l - 1]) * 10;
            parameters[$"b{l}"] = Matrix.Zeros(layersDims[l], 1);
            l += 1;
        }

        return parameters;
    }

    public static Dictionary<string, Matrix> InitializeParametersHe(int[] layersDims)
    {
        var rng = new RandomState(3);
        var parameters = new Dictionary<string, Matrix>();
        var l = 0;
        if (layersDims.Length < 2)
        {
            return parameters;
        }

        do
        {
            l++;
            parameters[$"W{l}"] = rng.Randn(layersDims[l], layersDims[l - 1]) * Math.Sqrt(2.0 / layersDims[l - 1]);
            parameters[$"b{l}"] = Matrix.Zeros(layersDims[l], 1);
        }
        while (l < layersDims.Length - 1);

        return parameters;
    }
}
