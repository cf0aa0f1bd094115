// Style: local functions inside each method, one of them static.
using Initialization.Shared;

namespace Initialization;

public static class Initializers
{
    public static Dictionary<string, Matrix> InitializeParametersZeros(int[] layersDims)
    {
        var parameters = new Dictionary<string, Matrix>();
        for (var l = 1; l < layersDims.Length; l++)
        {
            AddLayer(l);
        }

        return parameters;

        void AddLayer(int l)
        {
            parameters[$"W{l}"] = Matrix.Zeros(layersDims[l], layersDims[l - 1]);
            parameters[$"b{l}"] = Matrix.Zeros(layersDims[l], 1);
        }
    }

    public static Dictionary<string, Matrix> InitializeParametersRandom(int[] layersDims)
    {
        var rng = new RandomState(3);
        var parameters = new Dictionary<string, Matrix>();
        for (var l = 1; l < layersDims.Length; l++)
        {
            parameters[$"W{l}"] = Scaled(rng.Randn(layersDims[l], layersDims[l - 1]), 10);
            parameters[$"b{l}"] = Matrix.Zeros(layersDims[l], 1);
        }

        return parameters;

        static Matrix Scaled(Matrix m, double factor) => m * factor;
    }

    public static Dictionary<string, Matrix> InitializeParametersHe(int[] layersDims)
    {
        var rng = new RandomState(3);
        var parameters = new Dictionary<string, Matrix>();
        double HeScale(int fanIn) => Math.Sqrt(2.0 / fanIn);
        for (var l = 1; l < layersDims.Length; l++)
        {
            parameters[$"W{l}"] = rng.Randn(layersDims[l], layersDims[l - 1]) * HeScale(layersDims[l - 1]);
            parameters[$"b{l}"] = Matrix.Zeros(layersDims[l], 1);
        }

        return parameters;
    }
}
