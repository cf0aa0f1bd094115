// Style: (double)2 / n and (double) casts, l.ToString() keys, Add instead of the indexer.
using Initialization.Shared;

namespace Initialization;

public static class Initializers
{
    public static Dictionary<string, Matrix> InitializeParametersZeros(int[] layersDims)
    {
        var parameters = new Dictionary<string, Matrix>();
        for (var l = 1; l < layersDims.Length; l++)
        {
            parameters.Add("W" + l.ToString(), Matrix.Zeros(layersDims[l], layersDims[l - 1]));
            parameters.Add("b" + l.ToString(), Matrix.Zeros(layersDims[l], 1));
        }

        return parameters;
    }

    public static Dictionary<string, Matrix> InitializeParametersRandom(int[] layersDims)
    {
        var rng = new RandomState(3);
        var parameters = new Dictionary<string, Matrix>();
        for (var l = 1; l < layersDims.Length; l++)
        {
            parameters.Add("W" + l.ToString(), rng.Randn(layersDims[l], layersDims[l - 1]) * (double)10);
            parameters.Add("b" + l.ToString(), Matrix.Zeros(layersDims[l], 1));
        }

        return parameters;
    }

    public static Dictionary<string, Matrix> InitializeParametersHe(int[] layersDims)
    {
        var rng = new RandomState(3);
        var parameters = new Dictionary<string, Matrix>();
        for (var l = 1; l < layersDims.Length; l++)
        {
            parameters.Add("W" + l.ToString(), rng.Randn(layersDims[l], layersDims[l - 1]) * Math.Sqrt((double)2 / layersDims[l - 1]));
            parameters.Add("b" + l.ToString(), Matrix.Zeros(layersDims[l], 1));
        }

        return parameters;
    }
}
