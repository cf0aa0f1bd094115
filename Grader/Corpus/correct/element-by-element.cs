// Style: filling each matrix entry by entry with nested loops and rng.StandardNormal(), row by row as numpy fills.
using Initialization.Shared;

namespace Initialization;

public static class Initializers
{
    public static Dictionary<string, Matrix> InitializeParametersZeros(int[] layersDims)
    {
        var parameters = new Dictionary<string, Matrix>();
        for (var l = 1; l < layersDims.Length; l++)
        {
            var W = new Matrix(layersDims[l], layersDims[l - 1]);
            for (var i = 0; i < W.Rows; i++)
            {
                for (var j = 0; j < W.Cols; j++)
                {
                    W[i, j] = 0;
                }
            }

            parameters[$"W{l}"] = W;
            parameters[$"b{l}"] = new Matrix(layersDims[l], 1);
        }

        return parameters;
    }

    public static Dictionary<string, Matrix> InitializeParametersRandom(int[] layersDims) => Fill(layersDims, _ => 10);

    public static Dictionary<string, Matrix> InitializeParametersHe(int[] layersDims) => Fill(layersDims, n => Math.Sqrt(2.0 / n));

    private static Dictionary<string, Matrix> Fill(int[] layersDims, Func<int, double> scale)
    {
        var rng = new RandomState(3);
        var parameters = new Dictionary<string, Matrix>();
        for (var l = 1; l < layersDims.Length; l++)
        {
            var W = new Matrix(layersDims[l], layersDims[l - 1]);
            var s = scale(layersDims[l - 1]);
            for (var i = 0; i < W.Rows; i++)
            {
                for (var j = 0; j < W.Cols; j++)
                {
                    W[i, j] = rng.StandardNormal() * s;
                }
            }

            parameters[$"W{l}"] = W;
            parameters[$"b{l}"] = new Matrix(layersDims[l], 1);
        }

        return parameters;
    }
}
