// Style: Dictionary initialisers and collection expressions per layer, merged into the result.
using Initialization.Shared;

namespace Initialization;

public static class Initializers
{
    public static Dictionary<string, Matrix> InitializeParametersZeros(int[] layersDims)
    {
        Dictionary<string, Matrix> parameters = [];
        for (var l = 1; l < layersDims.Length; l++)
        {
            var layer = new Dictionary<string, Matrix>
            {
                [$"W{l}"] = Matrix.Zeros(layersDims[l], layersDims[l - 1]),
                [$"b{l}"] = Matrix.Zeros(layersDims[l], 1),
            };
            foreach (var entry in layer)
            {
                parameters.Add(entry.Key, entry.Value);
            }
        }

        return parameters;
    }

    public static Dictionary<string, Matrix> InitializeParametersRandom(int[] layersDims)
    {
        var rng = new RandomState(3);
        var parameters = new Dictionary<string, Matrix>();
        for (var l = 1; l < layersDims.Length; l++)
        {
            var layer = new Dictionary<string, Matrix>
            {
                { "W" + l, rng.Randn(layersDims[l], layersDims[l - 1]) * 10 },
                { "b" + l, Matrix.Zeros(layersDims[l], 1) },
            };
            foreach (var (key, value) in layer)
            {
                parameters[key] = value;
            }
        }

        return parameters;
    }

    public static Dictionary<string, Matrix> InitializeParametersHe(int[] layersDims)
    {
        var rng = new RandomState(3);
        List<KeyValuePair<string, Matrix>> entries = [];
        for (var l = 1; l < layersDims.Length; l++)
        {
            entries.Add(new KeyValuePair<string, Matrix>($"W{l}", rng.Randn(layersDims[l], layersDims[l - 1]) * Math.Sqrt(2.0 / layersDims[l - 1])));
            entries.Add(new($"b{l}", Matrix.Zeros(layersDims[l], 1)));
        }

        return new Dictionary<string, Matrix>(entries);
    }
}
