using Initialization.Shared;

namespace Initialization.Experiments.Tests;

/// <summary>Initializers for the runner's tests: the course's three, and broken ones.</summary>
internal static class TestInitializers
{
    public static Dictionary<string, Matrix> Zeros(int[] dims) => Build(dims, null, _ => 0);

    public static Dictionary<string, Matrix> Random(int[] dims) => Build(dims, new RandomState(3), _ => 10);

    public static Dictionary<string, Matrix> He(int[] dims) => Build(dims, new RandomState(3), previous => Math.Sqrt(2.0 / previous));

    public static Dictionary<string, Matrix> NotImplemented(int[] dims) =>
        throw new NotImplementedException("InitializeParametersHe is not implemented yet: store W{l} and b{l}.");

    public static Dictionary<string, Matrix> IndexOutOfRange(int[] dims) =>
        new() { ["W1"] = Matrix.Zeros(dims[dims.Length], 1) };

    public static Dictionary<string, Matrix> Transposed(int[] dims)
    {
        var parameters = Zeros(dims);
        parameters["W1"] = parameters["W1"].Transpose();
        return parameters;
    }

    /// <summary>The three course experiments with the given initializers (the course's when null).</summary>
    public static IReadOnlyList<Experiment> Course(
        Func<int[], Dictionary<string, Matrix>>? zeros = null,
        Func<int[], Dictionary<string, Matrix>>? random = null,
        Func<int[], Dictionary<string, Matrix>>? he = null) =>
        CourseExperiments.Create(zeros ?? Zeros, random ?? Random, he ?? He);

    private static Dictionary<string, Matrix> Build(int[] dims, RandomState? rng, Func<int, double> scale)
    {
        var parameters = new Dictionary<string, Matrix>();
        for (var l = 1; l < dims.Length; l++)
        {
            parameters[$"W{l}"] = rng is null ? Matrix.Zeros(dims[l], dims[l - 1]) : rng.Randn(dims[l], dims[l - 1]) * scale(dims[l - 1]);
            parameters[$"b{l}"] = Matrix.Zeros(dims[l], 1);
        }

        return parameters;
    }
}
