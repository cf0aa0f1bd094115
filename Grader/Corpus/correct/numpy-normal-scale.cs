// Style: np.random.normal(0, scale, shape) translated as rng.Normal(0, scale, rows, cols), and np.sqrt(2 / dims[l-1]) via 2.0 in a named variable.
using Initialization.Shared;

namespace Initialization;

public static class Initializers
{
    public static Dictionary<string, Matrix> InitializeParametersZeros(int[] layersDims)
    {
        var parameters = new Dictionary<string, Matrix>();
        for (var l = 1; l < layersDims.Length; l++)
        {
            parameters["W" + l] = Matrix.FromArray(new double[layersDims[l], layersDims[l - 1]]);
            parameters["b" + l] = Matrix.FromArray(new double[layersDims[l], 1]);
        }

        return parameters;
    }

    public static Dictionary<string, Matrix> InitializeParametersRandom(int[] layersDims)
    {
        var rng = new RandomState(3);
        var parameters = new Dictionary<string, Matrix>();
        for (var l = 1; l < layersDims.Length; l++)
        {
            parameters["W" + l] = rng.Normal(0, 10, layersDims[l], layersDims[l - 1]);
            parameters["b" + l] = Matrix.Zeros(layersDims[l], 1);
        }

        return parameters;
    }

    public static Dictionary<string, Matrix> InitializeParametersHe(int[] layersDims)
    {
        var rng = new RandomState(3);
        var parameters = new Dictionary<string, Matrix>();
        for (var l = 1; l < layersDims.Length; l++)
        {
            var fanIn = layersDims[l - 1];
            var std = Math.Sqrt(2.0 / fanIn);
            parameters["W" + l] = rng.Normal(0.0, std, layersDims[l], fanIn);
            parameters["b" + l] = Matrix.Zeros(layersDims[l], 1);
        }

        return parameters;
    }
}
