// Style: keys built with string.Format and string.Concat, TryAdd, and the 2.0 fraction divided by a double variable.
using System.Globalization;
using Initialization.Shared;

namespace Initialization;

public static class Initializers
{
    public static Dictionary<string, Matrix> InitializeParametersZeros(int[] layersDims)
    {
        var parameters = new Dictionary<string, Matrix>();
        for (var l = 1; l < layersDims.Length; l++)
        {
            parameters.TryAdd(string.Format(CultureInfo.InvariantCulture, "W{0}", l), Matrix.Zeros(layersDims[l], layersDims[l - 1]));
            parameters.TryAdd(string.Concat("b", l), Matrix.Zeros(layersDims[l], 1));
        }

        return parameters;
    }

    public static Dictionary<string, Matrix> InitializeParametersRandom(int[] layersDims)
    {
        var rng = new RandomState(3);
        var parameters = new Dictionary<string, Matrix>();
        for (var l = 1; l < layersDims.Length; l++)
        {
            parameters[string.Format("W{0}", l)] = rng.Randn(layersDims[l], layersDims[l - 1]) * 10;
            parameters[string.Format("b{0}", l)] = Matrix.Zeros(layersDims[l], 1);
        }

        return parameters;
    }

    public static Dictionary<string, Matrix> InitializeParametersHe(int[] layersDims)
    {
        var rng = new RandomState(3);
        var parameters = new Dictionary<string, Matrix>();
        for (var l = 1; l < layersDims.Length; l++)
        {
            double previous = layersDims[l - 1];
            parameters["W" + l.ToString(CultureInfo.InvariantCulture)] = rng.Randn(layersDims[l], layersDims[l - 1]) * Math.Sqrt(2 / previous);
            parameters["b" + l.ToString(CultureInfo.InvariantCulture)] = Matrix.Zeros(layersDims[l], 1);
        }

        return parameters;
    }
}
