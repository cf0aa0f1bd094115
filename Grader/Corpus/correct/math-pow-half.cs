// Style: the square root as Math.Pow(x, 0.5), and the zeros via the Matrix constructor.
using Initialization.Shared;

namespace Initialization;

public static class Initializers
{
    public static Dictionary<string, Matrix> InitializeParametersZeros(int[] layersDims)
    {
        var parameters = new Dictionary<string, Matrix>();
        for (var l = 1; l < layersDims.Length; l++)
        {
            parameters["W" + l] = new Matrix(layersDims[l], layersDims[l - 1]);
            parameters["b" + l] = new Matrix(layersDims[l], 1);
        }

        return parameters;
    }

    public static Dictionary<string, Matrix> InitializeParametersRandom(int[] layersDims)
    {
        var rng = new RandomState(3);
        var parameters = new Dictionary<string, Matrix>();
        for (var l = 1; l < layersDims.Length; l++)
        {
            parameters["W" + l] = rng.Randn(layersDims[l], layersDims[l - 1]) * 10.0;
            parameters["b" + l] = new Matrix(layersDims[l], 1);
        }

        return parameters;
    }

    public static Dictionary<string, Matrix> InitializeParametersHe(int[] layersDims)
    {
        var rng = new RandomState(3);
        var parameters = new Dictionary<string, Matrix>();
        for (var l = 1; l < layersDims.Length; l++)
        {
            parameters["W" + l] = rng.Randn(layersDims[l], layersDims[l - 1]) * Math.Pow(2.0 / layersDims[l - 1], 0.5);
            parameters["b" + l] = new Matrix(layersDims[l], 1);
        }

        return parameters;
    }
}
