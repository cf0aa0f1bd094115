// Style: expression-bodied members over one generic builder that takes a lambda.
using Initialization.Shared;

namespace Initialization;

public static class Initializers
{
    public static Dictionary<string, Matrix> InitializeParametersZeros(int[] layersDims) =>
        Build(layersDims, (rows, cols) => Matrix.Zeros(rows, cols));

    public static Dictionary<string, Matrix> InitializeParametersRandom(int[] layersDims) =>
        Build(layersDims, Draws(new RandomState(3), _ => 10));

    public static Dictionary<string, Matrix> InitializeParametersHe(int[] layersDims) =>
        Build(layersDims, Draws(new RandomState(3), fanIn => Math.Sqrt(2.0 / fanIn)));

    private static Func<int, int, Matrix> Draws(RandomState rng, Func<int, double> scale) =>
        (rows, cols) => rng.Randn(rows, cols) * scale(cols);

    private static Dictionary<string, Matrix> Build(int[] dims, Func<int, int, Matrix> weights)
    {
        var parameters = new Dictionary<string, Matrix>();
        for (var l = 1; l < dims.Length; l++)
        {
            parameters[$"W{l}"] = weights(dims[l], dims[l - 1]);
            parameters[$"b{l}"] = Matrix.Zeros(dims[l], 1);
        }

        return parameters;
    }
}
