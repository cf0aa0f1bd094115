// Style: W *= scale compound assignment, Matrix.Map with a lambda, and a switch expression for the scale.
using Initialization.Shared;

namespace Initialization;

public static class Initializers
{
    public static Dictionary<string, Matrix> InitializeParametersZeros(int[] layersDims)
    {
        var parameters = new Dictionary<string, Matrix>();
        for (var l = 1; l < layersDims.Length; l++)
        {
            var W = Matrix.Zeros(layersDims[l], layersDims[l - 1]).Map(_ => 0.0);
            parameters[$"W{l}"] = W;
            parameters[$"b{l}"] = Matrix.Zeros(layersDims[l], 1);
        }

        return parameters;
    }

    public static Dictionary<string, Matrix> InitializeParametersRandom(int[] layersDims) => Scaled(layersDims, "random");

    public static Dictionary<string, Matrix> InitializeParametersHe(int[] layersDims) => Scaled(layersDims, "he");

    private static Dictionary<string, Matrix> Scaled(int[] layersDims, string kind)
    {
        var rng = new RandomState(3);
        var parameters = new Dictionary<string, Matrix>();
        for (var l = 1; l < layersDims.Length; l++)
        {
            var W = rng.Randn(layersDims[l], layersDims[l - 1]);
            W *= kind switch
            {
                "random" => 10.0,
                "he" => Math.Sqrt(2.0 / layersDims[l - 1]),
                _ => throw new ArgumentException($"unknown initialization {kind}", nameof(kind)),
            };
            parameters[$"W{l}"] = kind == "random" ? W.Map(x => x) : W;
            parameters[$"b{l}"] = Matrix.Zeros(layersDims[l], 1);
        }

        return parameters;
    }
}
