// Style: printing shapes and matrices with Console.WriteLine inside the methods, as notebook users do.
using Initialization.Shared;

namespace Initialization;

public static class Initializers
{
    public static Dictionary<string, Matrix> InitializeParametersZeros(int[] layersDims)
    {
        Console.WriteLine("layers: " + string.Join(", ", layersDims));
        var parameters = new Dictionary<string, Matrix>();
        for (var l = 1; l < layersDims.Length; l++)
        {
            parameters[$"W{l}"] = Matrix.Zeros(layersDims[l], layersDims[l - 1]);
            parameters[$"b{l}"] = Matrix.Zeros(layersDims[l], 1);
            Console.WriteLine($"W{l} shape: {parameters[$"W{l}"].Shape}");
        }

        return parameters;
    }

    public static Dictionary<string, Matrix> InitializeParametersRandom(int[] layersDims)
    {
        var rng = new RandomState(3);
        var parameters = new Dictionary<string, Matrix>();
        for (var l = 1; l < layersDims.Length; l++)
        {
            parameters[$"W{l}"] = rng.Randn(layersDims[l], layersDims[l - 1]) * 10;
            parameters[$"b{l}"] = Matrix.Zeros(layersDims[l], 1);
            Console.WriteLine("W" + l + " = " + parameters[$"W{l}"]);
            Console.Write("b{0} = ", l);
            Console.WriteLine(parameters[$"b{l}"]);
        }

        return parameters;
    }

    public static Dictionary<string, Matrix> InitializeParametersHe(int[] layersDims)
    {
        var rng = new RandomState(3);
        var parameters = new Dictionary<string, Matrix>();
        for (var l = 1; l < layersDims.Length; l++)
        {
            var scale = Math.Sqrt(2.0 / layersDims[l - 1]);
            Console.WriteLine("layer {0}: scale {1:F4}", l, scale);
            parameters[$"W{l}"] = rng.Randn(layersDims[l], layersDims[l - 1]) * scale;
            parameters[$"b{l}"] = Matrix.Zeros(layersDims[l], 1);
        }

        foreach (var (key, value) in parameters)
        {
            Console.WriteLine($"{key}: {value.Rows}x{value.Cols}, sum {value.Sum():G6}");
        }

        return parameters;
    }
}
