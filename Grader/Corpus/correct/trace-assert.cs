// Style: Trace.Assert (kept in Release builds too) with the fully qualified name, no using.
using Initialization.Shared;

namespace Initialization;

public static class Initializers
{
    public static Dictionary<string, Matrix> InitializeParametersZeros(int[] layersDims)
    {
        var parameters = new Dictionary<string, Matrix>();
        for (var l = 1; l < layersDims.Length; l++)
        {
            parameters[$"W{l}"] = Matrix.Zeros(layersDims[l], layersDims[l - 1]);
            parameters[$"b{l}"] = Matrix.Zeros(layersDims[l], 1);
            System.Diagnostics.Trace.Assert(parameters[$"W{l}"].Size == layersDims[l] * layersDims[l - 1]);
        }

        return parameters;
    }

    public static Dictionary<string, Matrix> InitializeParametersRandom(int[] layersDims)
    {
        var rng = new RandomState(3);
        var parameters = new Dictionary<string, Matrix>();
        for (var l = 1; l < layersDims.Length; l++)
        {
            parameters[$"W{l}"] = rng.Randn(layersDims[l], layersDims[l - 1]) * 10;
            parameters[$"b{l}"] = Matrix.Zeros(layersDims[l], 1);
            System.Diagnostics.Trace.Assert(parameters[$"b{l}"].Cols == 1, "biases are columns");
        }

        return parameters;
    }

    public static Dictionary<string, Matrix> InitializeParametersHe(int[] layersDims)
    {
        var rng = new RandomState(3);
        var parameters = new Dictionary<string, Matrix>();
        for (var l = 1; l < layersDims.Length; l++)
        {
            parameters[$"W{l}"] = rng.Randn(layersDims[l], layersDims[l - 1]) * Math.Sqrt(2.0 / layersDims[l - 1]);
            parameters[$"b{l}"] = Matrix.Zeros(layersDims[l], 1);
            System.Diagnostics.Trace.Assert(parameters[$"W{l}"].Shape == (layersDims[l], layersDims[l - 1]), "W has shape (layersDims[l], layersDims[l - 1])", "layer " + l);
        }

        return parameters;
    }
}
