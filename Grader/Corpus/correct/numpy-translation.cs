// Style: a line-by-line translation of the usual numpy answer: L = len(layers_dims), for l in range(1, L), np.random.seed(3) as rng.Seed(3), randn(...) * np.sqrt(2./layers_dims[l-1]).
using Initialization.Shared;

namespace Initialization;

public static class Initializers
{
    public static Dictionary<string, Matrix> InitializeParametersZeros(int[] layersDims)
    {
        var parameters = new Dictionary<string, Matrix>();
        int L = layersDims.Length;            // number of layers in the network

        for (int l = 1; l < L; l++)
        {
            parameters["W" + l.ToString()] = Matrix.Zeros(layersDims[l], layersDims[l - 1]);
            parameters["b" + l.ToString()] = Matrix.Zeros(layersDims[l], 1);
        }

        return parameters;
    }

    public static Dictionary<string, Matrix> InitializeParametersRandom(int[] layersDims)
    {
        var np_random = new RandomState(0);
        np_random.Seed(3);                    // np.random.seed(3)
        var parameters = new Dictionary<string, Matrix>();
        int L = layersDims.Length;            // integer representing the number of layers

        for (int l = 1; l < L; l++)
        {
            parameters["W" + l.ToString()] = np_random.Randn(layersDims[l], layersDims[l - 1]) * 10;
            parameters["b" + l.ToString()] = Matrix.Zeros(layersDims[l], 1);
        }

        return parameters;
    }

    public static Dictionary<string, Matrix> InitializeParametersHe(int[] layersDims)
    {
        var np_random = new RandomState(3);
        var parameters = new Dictionary<string, Matrix>();
        int L = layersDims.Length - 1;        // integer representing the number of layers

        for (int l = 1; l < L + 1; l++)
        {
            parameters["W" + l.ToString()] = np_random.Randn(layersDims[l], layersDims[l - 1]) * Math.Sqrt(2.0 / layersDims[l - 1]);
            parameters["b" + l.ToString()] = Matrix.Zeros(layersDims[l], 1);
        }

        return parameters;
    }
}
