// Style: Debug.Assert shape checks after each layer (how C# writes the notebook's assert), with a using System.Diagnostics.
using System.Diagnostics;
using Initialization.Shared;

namespace Initialization;

public static class Initializers
{
    public static Dictionary<string, Matrix> InitializeParametersZeros(int[] layersDims)
    {
        var parameters = new Dictionary<string, Matrix>();
        var L = layersDims.Length;
        for (var l = 1; l < L; l++)
        {
            parameters["W" + l] = Matrix.Zeros(layersDims[l], layersDims[l - 1]);
            parameters["b" + l] = Matrix.Zeros(layersDims[l], 1);
            Debug.Assert(parameters["W" + l].Shape == (layersDims[l], layersDims[l - 1]));
            Debug.Assert(parameters["b" + l].Shape == (layersDims[l], 1), "b has one row per unit");
        }

        return parameters;
    }

    public static Dictionary<string, Matrix> InitializeParametersRandom(int[] layersDims)
    {
        var rng = new RandomState(3);
        var parameters = new Dictionary<string, Matrix>();
        var L = layersDims.Length;
        for (var l = 1; l < L; l++)
        {
            parameters["W" + l] = rng.Randn(layersDims[l], layersDims[l - 1]) * 10;
            parameters["b" + l] = Matrix.Zeros(layersDims[l], 1);
            Debug.Assert(parameters["W" + l].Rows == layersDims[l] && parameters["W" + l].Cols == layersDims[l - 1], $"W{l} has shape {parameters["W" + l].Shape}");
        }

        Debug.Assert(parameters.Count == 2 * (L - 1));
        return parameters;
    }

    public static Dictionary<string, Matrix> InitializeParametersHe(int[] layersDims)
    {
        var rng = new RandomState(3);
        var parameters = new Dictionary<string, Matrix>();
        var L = layersDims.Length;
        Debug.Assert(L >= 2, "at least an input and an output layer");
        for (var l = 1; l < L; l++)
        {
            parameters["W" + l] = rng.Randn(layersDims[l], layersDims[l - 1]) * Math.Sqrt(2.0 / layersDims[l - 1]);
            parameters["b" + l] = Matrix.Zeros(layersDims[l], 1);
            Debug.Assert(parameters["W" + l].Shape == (layersDims[l], layersDims[l - 1]), "W" + l + " has the wrong shape", "expected ({0}, {1})", layersDims[l], layersDims[l - 1]);
        }

        return parameters;
    }
}
