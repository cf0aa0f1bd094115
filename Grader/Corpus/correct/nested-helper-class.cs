// Style: a nested private helper class with the layer shapes, and a record for a layer.
using Initialization.Shared;

namespace Initialization;

public static class Initializers
{
    public static Dictionary<string, Matrix> InitializeParametersZeros(int[] layersDims)
    {
        var parameters = new Dictionary<string, Matrix>();
        foreach (var layer in Shapes.Of(layersDims))
        {
            parameters[layer.WeightKey] = Matrix.Zeros(layer.Units, layer.Inputs);
            parameters[layer.BiasKey] = Matrix.Zeros(layer.Units, 1);
        }

        return parameters;
    }

    public static Dictionary<string, Matrix> InitializeParametersRandom(int[] layersDims)
    {
        var rng = new RandomState(3);
        var parameters = new Dictionary<string, Matrix>();
        foreach (var layer in Shapes.Of(layersDims))
        {
            parameters[layer.WeightKey] = rng.Randn(layer.Units, layer.Inputs) * 10;
            parameters[layer.BiasKey] = Matrix.Zeros(layer.Units, 1);
        }

        return parameters;
    }

    public static Dictionary<string, Matrix> InitializeParametersHe(int[] layersDims)
    {
        var rng = new RandomState(3);
        var parameters = new Dictionary<string, Matrix>();
        foreach (var layer in Shapes.Of(layersDims))
        {
            parameters[layer.WeightKey] = rng.Randn(layer.Units, layer.Inputs) * layer.HeScale;
            parameters[layer.BiasKey] = Matrix.Zeros(layer.Units, 1);
        }

        return parameters;
    }

    private sealed record Layer(int Index, int Units, int Inputs)
    {
        public string WeightKey => $"W{Index}";

        public string BiasKey => $"b{Index}";

        public double HeScale => Math.Sqrt(2.0 / Inputs);
    }

    private static class Shapes
    {
        public static List<Layer> Of(int[] dims)
        {
            var layers = new List<Layer>();
            for (var l = 1; l < dims.Length; l++)
            {
                layers.Add(new Layer(l, dims[l], dims[l - 1]));
            }

            return layers;
        }
    }
}
