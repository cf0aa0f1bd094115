// Style: LINQ: Enumerable.Range over the layers, SelectMany into key/value pairs, ToDictionary.
using System.Linq;
using Initialization.Shared;

namespace Initialization;

public static class Initializers
{
    public static Dictionary<string, Matrix> InitializeParametersZeros(int[] layersDims) =>
        Enumerable.Range(1, layersDims.Length - 1)
            .SelectMany(l => new[]
            {
                KeyValuePair.Create($"W{l}", Matrix.Zeros(layersDims[l], layersDims[l - 1])),
                KeyValuePair.Create($"b{l}", Matrix.Zeros(layersDims[l], 1)),
            })
            .ToDictionary(p => p.Key, p => p.Value);

    public static Dictionary<string, Matrix> InitializeParametersRandom(int[] layersDims)
    {
        var rng = new RandomState(3);
        return Enumerable.Range(1, layersDims.Length - 1)
            .SelectMany(l => new[]
            {
                ("W" + l, rng.Randn(layersDims[l], layersDims[l - 1]) * 10),
                ("b" + l, Matrix.Zeros(layersDims[l], 1)),
            })
            .ToDictionary(p => p.Item1, p => p.Item2);
    }

    public static Dictionary<string, Matrix> InitializeParametersHe(int[] layersDims)
    {
        var rng = new RandomState(3);
        var weights = layersDims.Skip(1).Zip(layersDims, (units, previous) => rng.Randn(units, previous) * Math.Sqrt(2.0 / previous)).ToList();
        var parameters = new Dictionary<string, Matrix>();
        foreach (var (W, index) in weights.Select((w, i) => (w, i)))
        {
            parameters[$"W{index + 1}"] = W;
            parameters[$"b{index + 1}"] = Matrix.Zeros(W.Rows, 1);
        }

        return parameters;
    }
}
