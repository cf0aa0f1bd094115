// Style: Python's names kept (layers_dims, snake_case locals, L), a tiny np helper class, and <= L - 1 loop bounds.
using Initialization.Shared;

namespace Initialization;

public static class Initializers
{
    public static Dictionary<string, Matrix> InitializeParametersZeros(int[] layersDims)
    {
        var layers_dims = layersDims;
        var parameters = new Dictionary<string, Matrix>();
        var L = layers_dims.Length;
        for (var l = 1; l <= L - 1; l++)
        {
            parameters["W" + l] = np.zeros((layers_dims[l], layers_dims[l - 1]));
            parameters["b" + l] = np.zeros((layers_dims[l], 1));
        }

        return parameters;
    }

    public static Dictionary<string, Matrix> InitializeParametersRandom(int[] layersDims)
    {
        var layers_dims = layersDims;
        var random_state = new RandomState(3);
        var parameters = new Dictionary<string, Matrix>();
        var L = layers_dims.Length;
        for (var l = 1; l <= L - 1; l++)
        {
            parameters["W" + l] = random_state.Randn(layers_dims[l], layers_dims[l - 1]) * 10;
            parameters["b" + l] = np.zeros((layers_dims[l], 1));
        }

        return parameters;
    }

    public static Dictionary<string, Matrix> InitializeParametersHe(int[] layersDims)
    {
        var layers_dims = layersDims;
        var random_state = new RandomState(3);
        var parameters = new Dictionary<string, Matrix>();
        var L = layers_dims.Length - 1;
        for (var l = 1; l <= L; l++)
        {
            parameters["W" + l] = random_state.Randn(layers_dims[l], layers_dims[l - 1]) * np.sqrt(2.0 / layers_dims[l - 1]);
            parameters["b" + l] = np.zeros((layers_dims[l], 1));
        }

        return parameters;
    }

#pragma warning disable IDE1006 // numpy's lower-case names, on purpose
    private static class np
    {
        public static Matrix zeros((int Rows, int Cols) shape) => Matrix.Zeros(shape.Rows, shape.Cols);

        public static double sqrt(double x) => Math.Sqrt(x);
    }
#pragma warning restore IDE1006
}
