using Initialization.Shared;

namespace Initialization.Tests.Support;

/// <summary>
/// The typical mistakes of a random initializer, one at a time and two at once (a wrong factor
/// with a wrong way of drawing), each as the weights the mistaken code produces with the real
/// RandomState. One diagnosis is made for the whole method, comparing every weight matrix, so the
/// same mistake gets the same hint in every test.
/// </summary>
internal static class LikelyMistakes
{
    // Lookalikes are computed differently from the student's code, so they agree only to roundoff.
    private const double LookalikeTolerance = 1e-9;

    // How many normal draws a generator kept from earlier calls may have made before this one.
    private const int StreamSearchLength = 1 << 14;

    private static readonly uint[] s_otherSeeds = [0, 1, 2, 4, 5, 7, 10, 42, 123, 1234, 12345];

    private sealed record DrawMistake(string What, Func<int[], Func<int, double>, IReadOnlyDictionary<string, Matrix>> Weights);

    /// <summary>Every known mistake of <paramref name="rule"/>'s initializer: single mistakes first, then pairs.</summary>
    public static IReadOnlyList<LikelyMistake> Of(WeightRule rule)
    {
        var mistakes = new List<LikelyMistake>();
        foreach (var scale in rule.WrongScales)
        {
            mistakes.Add(new(scale.What + ".", dims => WeightRule.Draw(dims, WeightRule.Seed, l => scale.Factor(dims, l))));
        }

        foreach (var draw in DrawMistakes())
        {
            mistakes.Add(new(draw.What + ".", dims => draw.Weights(dims, l => rule.Factor(dims, l))));
        }

        foreach (var scale in rule.WrongScales)
        {
            foreach (var draw in DrawMistakes())
            {
                mistakes.Add(new($"two mistakes at once. First, {scale.What}. Second, {draw.What}.", dims => draw.Weights(dims, l => scale.Factor(dims, l))));
            }
        }

        return mistakes;
    }

    /// <summary>The layer sizes that tell apart mistakes which coincide on a case (Xavier and no factor at all agree on [1, 1, 1]): the course's network.</summary>
    public static readonly int[] ProbeLayers = [2, 10, 5, 1];

    /// <summary>
    /// The hint of the first mistake that reproduces every weight matrix in <paramref name="actual"/>,
    /// or null. When several do, the first that also reproduces the student's weights for
    /// <see cref="ProbeLayers"/> (from <paramref name="probe"/>, null when unavailable) wins, so one
    /// mistake gets one hint whatever the case.
    /// </summary>
    public static string? Diagnose(
        IReadOnlyList<LikelyMistake> mistakes,
        int[] layersDims,
        IReadOnlyDictionary<string, Matrix> actual,
        Func<IReadOnlyDictionary<string, Matrix>?> probe)
    {
        var fitting = mistakes.Where(m => WeightsMatch(m.Weights(layersDims), actual)).ToList();
        if (fitting.Count > 1 && probe() is { } probed)
        {
            return (fitting.FirstOrDefault(m => WeightsMatch(m.Weights(ProbeLayers), probed)) ?? fitting[0]).Hint;
        }

        return fitting.FirstOrDefault()?.Hint;
    }

    /// <summary>
    /// Whether <paramref name="actual"/> is what a RandomState(3) kept from earlier calls (a
    /// static field, or one created outside the method) draws later in its stream.
    /// </summary>
    public static bool ContinuesAnEarlierStream(WeightRule rule, int[] layersDims, IReadOnlyDictionary<string, Matrix> actual)
    {
        if (!actual.TryGetValue("W1", out var w1) || w1.Size == 0)
        {
            return false;
        }

        var needed = Enumerable.Range(1, layersDims.Length - 1).Sum(l => layersDims[l] * layersDims[l - 1]);
        var stream = new RandomState(WeightRule.Seed).Randn(1, StreamSearchLength + needed).AsSpan().ToArray();
        var first = w1[0, 0] / rule.Factor(layersDims, 1);
        for (var offset = 1; offset <= StreamSearchLength; offset++)
        {
            if (Math.Abs(stream[offset] - first) <= LookalikeTolerance && WeightsMatch(FromStream(rule, layersDims, stream, offset), actual))
            {
                return true;
            }
        }

        return false;
    }

    private static IReadOnlyDictionary<string, Matrix> FromStream(WeightRule rule, int[] layersDims, double[] stream, int offset)
    {
        var weights = new Dictionary<string, Matrix>();
        for (var l = 1; l < layersDims.Length; l++)
        {
            var (rows, cols) = (layersDims[l], layersDims[l - 1]);
            weights[$"W{l}"] = new Matrix(rows, cols, stream.AsSpan(offset, rows * cols)) * rule.Factor(layersDims, l);
            offset += rows * cols;
        }

        return weights;
    }

    private static IEnumerable<DrawMistake> DrawMistakes()
    {
        yield return new("the values are uniform (rng.Rand): draw Gaussian values with rng.Randn",
            (dims, factor) => WeightRule.Draw(dims, WeightRule.Seed, factor, static (rng, rows, cols) => rng.Rand(rows, cols)));
        yield return new("every layer starts again from the first random numbers: create the RandomState(3) once, before the loop, not inside it",
            (dims, factor) => WeightRule.Draw(dims, WeightRule.Seed, factor, static (_, rows, cols) => new RandomState(WeightRule.Seed).Randn(rows, cols)));
        yield return new("each W was drawn as a (layersDims[l - 1], layersDims[l]) matrix and transposed: draw rng.Randn(layersDims[l], layersDims[l - 1]) directly (rows first), as numpy does",
            (dims, factor) => WeightRule.Draw(dims, WeightRule.Seed, factor, static (rng, rows, cols) => rng.Randn(cols, rows).Transpose()));
        yield return new("the biases are drawn from rng too, which shifts every later number: only the weights are random, each b{l} is Matrix.Zeros(layersDims[l], 1)",
            (dims, factor) => WeightRule.Draw(dims, WeightRule.Seed, factor, DrawWeightsThenBiases));
        foreach (var seed in s_otherSeeds)
        {
            yield return new($"the generator is seeded with {seed}: the exercise uses new RandomState(3)", (dims, factor) => WeightRule.Draw(dims, seed, factor));
        }
    }

    /// <summary>W{l}, then a bias column drawn from the same generator (thrown away: only the weights are compared).</summary>
    private static Matrix DrawWeightsThenBiases(RandomState rng, int rows, int cols)
    {
        var weights = rng.Randn(rows, cols);
        rng.Randn(rows, 1);
        return weights;
    }

    /// <summary>Every weight matrix of <paramref name="candidate"/> is in <paramref name="actual"/> with the same values.</summary>
    private static bool WeightsMatch(IReadOnlyDictionary<string, Matrix> candidate, IReadOnlyDictionary<string, Matrix> actual) =>
        candidate.All(kv => actual.TryGetValue(kv.Key, out var matrix) && MatrixCheck.Close(matrix, kv.Value, LookalikeTolerance));
}
