// Style: private static helper methods shared by the three methods, and a const for the seed.
using Initialization.Shared;

namespace Initialization;

public static class Initializers
{
    private const uint Seed = 3;

    public static Dictionary<string, Matrix> InitializeParametersZeros(int[] layersDims)
    {
        var parameters = new Dictionary<string, Matrix>();
        for (var l = 1; l < layersDims.Length; l++)
        {
            Store(parameters, l, Matrix.Zeros(layersDims[l], layersDims[l - 1]), layersDims[l]);
        }

        return parameters;
    }

    public static Dictionary<string, Matrix> InitializeParametersRandom(int[] layersDims) => Random(layersDims, _ => 10.0);

    public static Dictionary<string, Matrix> InitializeParametersHe(int[] layersDims) => Random(layersDims, HeFactor);

    private static double HeFactor(int previousLayerSize) => Math.Sqrt(2.0 / previousLayerSize);

    private static Dictionary<string, Matrix> Random(int[] layersDims, Func<int, double> factor)
    {
        var rng = new RandomState(Seed);
        var parameters = new Dictionary<string, Matrix>();
        for (var l = 1; l < layersDims.Length; l++)
        {
            Store(parameters, l, rng.Randn(layersDims[l], layersDims[l - 1]) * factor(layersDims[l - 1]), layersDims[l]);
        }

        return parameters;
    }

    private static void Store(Dictionary<string, Matrix> parameters, int layer, Matrix weights, int units)
    {
        parameters["W" + layer] = weights;
        parameters["b" + layer] = Matrix.Zeros(units, 1);
    }
}
