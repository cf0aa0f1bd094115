using Initialization.Shared.Model;

namespace Initialization.Shared.Tests.Model;

/// <summary>The exercise's three initializations (as the reference solution writes them), for training tests.</summary>
internal static class CourseInitializers
{
    public static Func<int[], Dictionary<string, Matrix>> ByName(string name) => name switch
    {
        "zeros" => Zeros,
        "random" => Random,
        "he" => He,
        _ => throw new ArgumentException($"no initializer '{name}'", nameof(name)),
    };

    public static Dictionary<string, Matrix> Zeros(int[] dims) => Build(dims, null);

    public static Dictionary<string, Matrix> Random(int[] dims) => Build(dims, _ => 10.0);

    public static Dictionary<string, Matrix> He(int[] dims) => Build(dims, previous => Math.Sqrt(2.0 / previous));

    private static Dictionary<string, Matrix> Build(int[] dims, Func<int, double>? scale)
    {
        var rng = new RandomState(3);
        var parameters = new Dictionary<string, Matrix>();
        for (var l = 1; l < dims.Length; l++)
        {
            parameters[$"W{l}"] = scale is null ? Matrix.Zeros(dims[l], dims[l - 1]) : rng.Randn(dims[l], dims[l - 1]) * scale(dims[l - 1]);
            parameters[$"b{l}"] = Matrix.Zeros(dims[l], 1);
        }

        return parameters;
    }
}
