using Initialization.Shared;
using Initialization.Tests.Support;

namespace Initialization.PublicTestChecks;

/// <summary>Initializers with mistakes students make, written as students write them, for checking the public tests' hints.</summary>
internal static class WrongInitializers
{
    /// <summary>Draws W{l} from a new RandomState(<paramref name="seed"/>) with <paramref name="draw"/>, times <paramref name="factor"/>; zero biases.</summary>
    public static Func<int[], Dictionary<string, Matrix>> Seeded(uint seed, Func<int[], int, double> factor, Func<RandomState, int, int, Matrix>? draw = null) =>
        dims => FromGenerator(new RandomState(seed), dims, factor, draw);

    /// <summary>A generator created once, outside the method, that lives on between calls.</summary>
    public static Func<int[], Dictionary<string, Matrix>> KeptBetweenCalls(Func<int[], int, double> factor)
    {
        var rng = new RandomState(WeightRule.Seed);
        return dims => FromGenerator(rng, dims, factor, null);
    }

    /// <summary>A generator seeded differently on every call, as one seeded from the clock is.</summary>
    public static Func<int[], Dictionary<string, Matrix>> SeededFromTheClock(Func<int[], int, double> factor)
    {
        var calls = 0u;
        return dims => FromGenerator(new RandomState(1_000_000 + calls++), dims, factor, null);
    }

    private static Dictionary<string, Matrix> FromGenerator(RandomState rng, int[] dims, Func<int[], int, double> factor, Func<RandomState, int, int, Matrix>? draw)
    {
        var parameters = new Dictionary<string, Matrix>();
        for (var l = 1; l < dims.Length; l++)
        {
            parameters[$"W{l}"] = (draw ?? ((r, rows, cols) => r.Randn(rows, cols)))(rng, dims[l], dims[l - 1]) * factor(dims, l);
            parameters[$"b{l}"] = Matrix.Zeros(dims[l], 1);
        }

        return parameters;
    }
}
