using Initialization.Shared;

namespace Initialization.Tests.Support;

/// <summary>
/// How one random initializer makes its weights: W{l} = rng.Randn(layersDims[l], layersDims[l - 1])
/// times a factor, drawn in order from one new RandomState(3); and the scale mistakes typical of it.
/// </summary>
/// <param name="Method">The initializer's name.</param>
/// <param name="Factor">The right factor for layer l of the given layer sizes.</param>
/// <param name="GeneralHint">What to say when no known mistake explains the weights.</param>
/// <param name="WrongScales">The wrong factors students typically use instead.</param>
internal sealed record WeightRule(string Method, Func<int[], int, double> Factor, string GeneralHint, IReadOnlyList<ScaleMistake> WrongScales)
{
    /// <summary>The seed of the exercise.</summary>
    public const uint Seed = 3;

    /// <summary>The weights drawn the right way for <paramref name="layersDims"/>.</summary>
    public IReadOnlyDictionary<string, Matrix> Expected(int[] layersDims) => Draw(layersDims, Seed, l => Factor(layersDims, l));

    /// <summary>W1, W2, … drawn in order from a new RandomState(<paramref name="seed"/>), each times its factor.</summary>
    public static IReadOnlyDictionary<string, Matrix> Draw(int[] layersDims, uint seed, Func<int, double> factor) =>
        Draw(layersDims, seed, factor, static (rng, rows, cols) => rng.Randn(rows, cols));

    /// <summary>W1, W2, … made in order by <paramref name="draw"/> from one new RandomState(<paramref name="seed"/>), each times its factor.</summary>
    public static IReadOnlyDictionary<string, Matrix> Draw(int[] layersDims, uint seed, Func<int, double> factor, Func<RandomState, int, int, Matrix> draw)
    {
        var rng = new RandomState(seed);
        var weights = new Dictionary<string, Matrix>();
        for (var l = 1; l < layersDims.Length; l++)
        {
            weights[$"W{l}"] = draw(rng, layersDims[l], layersDims[l - 1]) * factor(l);
        }

        return weights;
    }
}
