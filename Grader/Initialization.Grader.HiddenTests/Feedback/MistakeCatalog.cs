using Initialization.Grader.HiddenTests.Subject;
using Initialization.Shared;

namespace Initialization.Grader.HiddenTests.Feedback;

/// <summary>
/// The mistakes students commonly make in the random and He initializers, each as the code that
/// makes it. A submission whose weights equal one of these (within the grading tolerance) gets
/// told which mistake it made, in its own terms.
/// </summary>
internal static class MistakeCatalog
{
    private static readonly uint[] s_otherSeeds = [0, 1, 2, 4, 5, 7, 10, 42, 123, 1234, 12345];

    /// <summary>The likely mistake behind <paramref name="actual"/>'s wrong weights, or null when none fits.</summary>
    public static string? Diagnose(string method, int[] dims, IReadOnlyDictionary<string, Matrix?> actual)
    {
        foreach (var (description, produce) in Mistakes(method))
        {
            if (WeightsMatch(produce(dims), actual))
            {
                return description;
            }
        }

        return null;
    }

    /// <summary>What to say when the weights are wrong and no known mistake fits.</summary>
    public static string GenericHint(string method) => method == GradedMethods.Zeros
        ? "every W{l} and b{l} of the zeros initializer is all zeros: use Matrix.Zeros(rows, cols)."
        : $"create the generator once, before the loop, with new RandomState(3); then, layer by layer, draw W{{l}} with rng.Randn(layersDims[l], layersDims[l - 1]) and multiply by {Scale(method)}. Drawing anything else from the generator, or in another order, changes every later number.";

    private static string Scale(string method) => method == GradedMethods.He ? "Math.Sqrt(2.0 / layersDims[l - 1])" : "10";

    private static IEnumerable<(string Description, Func<int[], Dictionary<string, Matrix>> Produce)> Mistakes(string method)
    {
        if (method == GradedMethods.Zeros)
        {
            yield return ("the weights hold random values: zeros initialization sets every weight to 0 (Matrix.Zeros).", dims => Gaussian(dims, 3, _ => 1.0));
            yield break;
        }

        Func<int[], int, double> correct = method == GradedMethods.He ? (d, l) => Math.Sqrt(2.0 / d[l - 1]) : (_, _) => 10.0;
        if (method == GradedMethods.He)
        {
            yield return ("the draws are multiplied by 10, which is the large-random initializer; He multiplies by Math.Sqrt(2.0 / layersDims[l - 1]).", dims => Gaussian(dims, 3, _ => 10.0));
            yield return ("the draws are not scaled at all; He multiplies them by Math.Sqrt(2.0 / layersDims[l - 1]).", dims => Gaussian(dims, 3, _ => 1.0));
            yield return ("this is Xavier scaling, Math.Sqrt(1.0 / layersDims[l - 1]); He uses 2 in the numerator: Math.Sqrt(2.0 / layersDims[l - 1]).", dims => Gaussian(dims, 3, l => Math.Sqrt(1.0 / dims[l - 1])));
            yield return ("the scale uses the size of the current layer, layersDims[l]; He uses the previous layer's size (the number of inputs of each unit): Math.Sqrt(2.0 / layersDims[l - 1]).", dims => Gaussian(dims, 3, l => Math.Sqrt(2.0 / dims[l])));
            yield return ("2 / layersDims[l - 1] divides two integers, so C# drops the fraction (2 / 3 is 0); write 2.0 / layersDims[l - 1] to divide as doubles.", dims => Gaussian(dims, 3, l => Math.Sqrt(2 / dims[l - 1])));
        }
        else
        {
            yield return ("the draws are not multiplied by 10: the large-random initializer multiplies every rng.Randn(...) by 10.", dims => Gaussian(dims, 3, _ => 1.0));
            yield return ("the draws are multiplied by Math.Sqrt(2.0 / layersDims[l - 1]), which is He scaling; this initializer multiplies by 10.", dims => Gaussian(dims, 3, l => Math.Sqrt(2.0 / dims[l - 1])));
            yield return ("the draws are multiplied by 0.01 (small random values); this initializer multiplies by 10.", dims => Gaussian(dims, 3, _ => 0.01));
        }

        yield return ("the values are uniform (rng.Rand) instead of Gaussian: use rng.Randn.", dims => Draw(dims, 3, l => correct(dims, l), (rng, rows, cols) => rng.Rand(rows, cols)));
        yield return ("a new RandomState(3) is created for every layer, so every layer starts the same stream again; create it once, before the loop.", dims => Draw(dims, 3, l => correct(dims, l), (_, rows, cols) => new RandomState(3).Randn(rows, cols)));
        yield return ("W is drawn as Randn(layersDims[l - 1], layersDims[l]) and then transposed; draw Randn(layersDims[l], layersDims[l - 1]) directly so the values come in the expected order.", dims => Draw(dims, 3, l => correct(dims, l), (rng, rows, cols) => rng.Randn(cols, rows).Transpose()));
        yield return ("the biases are drawn from the generator too: they must be zeros, and every extra draw shifts the numbers of the next layers.", dims => Draw(dims, 3, l => correct(dims, l), DrawWeightsThenBiases));
        foreach (var seed in s_otherSeeds)
        {
            yield return ($"the generator is seeded with {seed}; the exercise uses new RandomState(3).", dims => Gaussian(dims, seed, l => correct(dims, l)));
        }
    }

    private static Dictionary<string, Matrix> Gaussian(int[] dims, uint seed, Func<int, double> scale) =>
        Draw(dims, seed, scale, (rng, rows, cols) => rng.Randn(rows, cols));

    private static Dictionary<string, Matrix> Draw(int[] dims, uint seed, Func<int, double> scale, Func<RandomState, int, int, Matrix> draw)
    {
        var rng = new RandomState(seed);
        var parameters = new Dictionary<string, Matrix>();
        for (var l = 1; l < dims.Length; l++)
        {
            parameters[$"W{l}"] = draw(rng, dims[l], dims[l - 1]) * scale(l);
        }

        return parameters;
    }

    /// <summary>W{l}, then a bias column drawn from the same generator (and thrown away: only the weights are compared).</summary>
    private static Matrix DrawWeightsThenBiases(RandomState rng, int rows, int cols)
    {
        var weights = rng.Randn(rows, cols);
        rng.Randn(rows, 1);
        return weights;
    }

    /// <summary>Every weight matrix present in both, with the same shape, agrees; and at least one does.</summary>
    private static bool WeightsMatch(Dictionary<string, Matrix> candidate, IReadOnlyDictionary<string, Matrix?> actual)
    {
        var compared = 0;
        foreach (var (key, expected) in candidate)
        {
            if (actual.TryGetValue(key, out var matrix) && matrix is not null && matrix.Shape == expected.Shape)
            {
                if (!Tolerance.Equal(matrix, expected))
                {
                    return false;
                }

                compared++;
            }
        }

        return compared > 0;
    }
}
