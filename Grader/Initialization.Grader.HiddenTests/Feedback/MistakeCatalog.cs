using Initialization.Grader.Exercise;
using Initialization.Grader.HiddenTests.Subject;
using Initialization.Shared;

namespace Initialization.Grader.HiddenTests.Feedback;

/// <summary>
/// The mistakes students commonly make in the random and He initializers, each as the code that
/// makes it, one at a time and two at once (a wrong factor with a wrong way of drawing). A
/// submission whose weights equal one of these (within the grading tolerance) gets told which
/// mistake it made, in its own terms; the same mistake gets the same words in every case.
/// </summary>
internal static class MistakeCatalog
{
    private static readonly uint[] s_otherSeeds = [0, 1, 2, 4, 5, 7, 10, 42, 123, 1234, 12345];

    // How many normal draws a generator kept from earlier calls may have made before this call.
    private const int StreamSearchLength = 1 << 16;

    /// <summary>Above this many weights a case is diagnosed on the course's network instead.</summary>
    private const long LargeCaseWeights = 4096;

    private sealed record Mistake(string Description, Func<int[], Dictionary<string, Matrix>> Produce);

    private sealed record ScaleMistake(string What, Func<int[], int, double> Factor);

    private sealed record DrawMistake(string What, Func<int[], Func<int, double>, Dictionary<string, Matrix>> Produce);

    /// <summary>
    /// The likely mistake behind <paramref name="actual"/>'s wrong weights, or null when none fits.
    /// When several fit this case (Xavier's factor and no factor agree on [1, 1, 1]), the
    /// submission's weights for the course's network decide, so one mistake gets one diagnosis;
    /// when none fits and a second identical call gives other numbers, the seed changes from call to call.
    /// </summary>
    public static string? Diagnose(string method, int[] dims, IReadOnlyDictionary<string, Matrix?> actual)
    {
        // A large case's lookalikes cost what a hundred small ones do (over a hundred variants of
        // [784, 128, 10] made half a wrong submission's grading time): its mistake is the one the
        // course's network shows, told in the same words.
        if (method != GradedMethods.Zeros && WeightCount(dims) > LargeCaseWeights && WeightsOf(method, CourseCases.TrainingNetwork) is { } small)
        {
            return Diagnose(method, CourseCases.TrainingNetwork, small);
        }

        var fitting = Mistakes(method).Where(m => WeightsMatch(m.Produce(dims), actual)).ToList();
        if (fitting.Count > 1 && WeightsOf(method, CourseCases.TrainingNetwork) is { } probe)
        {
            return (fitting.FirstOrDefault(m => WeightsMatch(m.Produce(CourseCases.TrainingNetwork), probe)) ?? fitting[0]).Description;
        }

        if (fitting.Count > 0)
        {
            return fitting[0].Description;
        }

        if (method == GradedMethods.Zeros)
        {
            return null;
        }

        if (ContinuesAnEarlierStream(method, dims, actual))
        {
            return "these are later numbers of the RandomState(3) stream: the generator lives on between calls (a static field, or one created outside the method), " +
                "so each call continues where the last one stopped. Create it with new RandomState(3) at the start of the method.";
        }

        return WeightsOf(method, dims) is { } again && !SameWeights(again, actual)
            ? "two calls with the same sizes gave different numbers, so the generator's seed changes from call to call (the clock, Environment.TickCount, System.Random, a Guid…). " +
              "Seed it with the exercise's 3: new RandomState(3), created at the start of the method."
            : null;
    }

    /// <summary>
    /// Why a second call with the same sizes gave other numbers (<paramref name="again"/>): a
    /// generator or dictionary that lives on between calls (its numbers continue the
    /// RandomState(3) stream), or a seed that changes from call to call (the clock…).
    /// </summary>
    public static string WhyRepeatedCallsDiffer(string method, int[] dims, IReadOnlyDictionary<string, Matrix?> again) =>
        method != GradedMethods.Zeros && !ContinuesAnEarlierStream(method, dims, again)
            ? "the generator's seed changes from call to call (the clock, Environment.TickCount, System.Random, a Guid…): seed it with the exercise's 3, new RandomState(3), created at the start of the method."
            : "create the RandomState and the dictionary inside the method, not in static fields that live on between calls.";

    /// <summary>What to say when the weights are wrong and no known mistake fits.</summary>
    public static string GenericHint(string method) => method == GradedMethods.Zeros
        ? "every W{l} and b{l} of the zeros initializer is all zeros: use Matrix.Zeros(rows, cols)."
        : $"create the generator once, before the loop, with new RandomState(3); then, layer by layer, draw W{{l}} with rng.Randn(layersDims[l], layersDims[l - 1]) and multiply by {Scale(method)}. Drawing anything else from the generator, or in another order, changes every later number.";

    private static string Scale(string method) => method == GradedMethods.He ? "Math.Sqrt(2.0 / layersDims[l - 1])" : "10";

    private static double CorrectFactor(string method, int[] dims, int l) => method == GradedMethods.He ? Math.Sqrt(2.0 / dims[l - 1]) : 10.0;

    /// <summary>Single mistakes first (the wrong factors, then the wrong draws), then every pair of a wrong factor with a wrong draw.</summary>
    private static IEnumerable<Mistake> Mistakes(string method)
    {
        if (method == GradedMethods.Zeros)
        {
            yield return new("the weights hold random values: zeros initialization sets every weight to 0 (Matrix.Zeros).", dims => Gaussian(dims, 3, _ => 1.0));
            yield break;
        }

        var scales = WrongScales(method);
        foreach (var scale in scales)
        {
            yield return new(scale.What + ".", dims => Gaussian(dims, 3, l => scale.Factor(dims, l)));
        }

        foreach (var draw in DrawMistakes())
        {
            yield return new(draw.What + ".", dims => draw.Produce(dims, l => CorrectFactor(method, dims, l)));
        }

        foreach (var scale in scales)
        {
            foreach (var draw in DrawMistakes())
            {
                yield return new($"two mistakes at once. First, {scale.What}. Second, {draw.What}.", dims => draw.Produce(dims, l => scale.Factor(dims, l)));
            }
        }
    }

    private static IReadOnlyList<ScaleMistake> WrongScales(string method) => method == GradedMethods.He
        ?
        [
            new("the draws are multiplied by 10, which is the large-random initializer; He multiplies by Math.Sqrt(2.0 / layersDims[l - 1])", (_, _) => 10.0),
            new("the draws are not scaled at all; He multiplies them by Math.Sqrt(2.0 / layersDims[l - 1])", (_, _) => 1.0),
            new("this is Xavier scaling, Math.Sqrt(1.0 / layersDims[l - 1]); He uses 2.0 where Xavier uses 1: Math.Sqrt(2.0 / layersDims[l - 1])", (dims, l) => Math.Sqrt(1.0 / dims[l - 1])),
            new("the scale uses the size of the current layer, layersDims[l]; He uses the previous layer's size (the number of inputs of each unit): Math.Sqrt(2.0 / layersDims[l - 1])", (dims, l) => Math.Sqrt(2.0 / dims[l])),
            new("2 / layersDims[l - 1] divides two integers, so C# drops the fraction (2 / 3 is 0); write Math.Sqrt(2.0 / layersDims[l - 1]) to divide as doubles", (dims, l) => Math.Sqrt(2 / dims[l - 1])),
            new("the factor lacks its square root: He multiplies by Math.Sqrt(2.0 / layersDims[l - 1]), not by 2.0 / layersDims[l - 1]", (dims, l) => 2.0 / dims[l - 1]),
        ]
        :
        [
            new("the draws are not multiplied by 10: the large-random initializer multiplies every rng.Randn(...) by 10", (_, _) => 1.0),
            new("the draws are multiplied by Math.Sqrt(2.0 / layersDims[l - 1]), which is He scaling; this initializer multiplies by 10", (dims, l) => Math.Sqrt(2.0 / dims[l - 1])),
            new("the draws are multiplied by 0.01 (small random values); this initializer multiplies by 10", (_, _) => 0.01),
        ];

    private static IEnumerable<DrawMistake> DrawMistakes()
    {
        yield return new("the values are uniform (rng.Rand) instead of Gaussian: use rng.Randn", (dims, scale) => Draw(dims, 3, scale, (rng, rows, cols) => rng.Rand(rows, cols)));
        yield return new("a new RandomState(3) is created for every layer, so every layer starts the same stream again; create it once, before the loop", (dims, scale) => Draw(dims, 3, scale, (_, rows, cols) => new RandomState(3).Randn(rows, cols)));
        yield return new("W is drawn as Randn(layersDims[l - 1], layersDims[l]) and then transposed; draw Randn(layersDims[l], layersDims[l - 1]) directly so the values come in the expected order", (dims, scale) => Draw(dims, 3, scale, (rng, rows, cols) => rng.Randn(cols, rows).Transpose()));
        yield return new("the biases are drawn from the generator too: they must be zeros, and every extra draw shifts the numbers of the next layers", (dims, scale) => Draw(dims, 3, scale, DrawWeightsThenBiases));
        foreach (var seed in s_otherSeeds)
        {
            yield return new($"the generator is seeded with {seed}; the exercise uses new RandomState(3)", (dims, scale) => Gaussian(dims, seed, scale));
        }
    }

    /// <summary>
    /// Whether <paramref name="actual"/> is what a RandomState(3) kept from earlier calls (a static
    /// field, or one created outside the method) draws later in its stream, with the right factor.
    /// </summary>
    private static bool ContinuesAnEarlierStream(string method, int[] dims, IReadOnlyDictionary<string, Matrix?> actual)
    {
        if (!actual.TryGetValue("W1", out var w1) || w1 is null || w1.Size == 0 || dims.Any(d => d <= 0))
        {
            return false;
        }

        var needed = WeightCount(dims);
        if (needed > 1 << 20)
        {
            return false;
        }

        var stream = new RandomState(3).Randn(1, StreamSearchLength + (int)needed).ToArray();
        var first = w1[0, 0] / CorrectFactor(method, dims, 1);
        for (var offset = 1; offset <= StreamSearchLength; offset++)
        {
            if (Tolerance.Equal(stream[offset], first) && WeightsMatch(FromStream(method, dims, stream, offset), actual))
            {
                return true;
            }
        }

        return false;
    }

    private static Dictionary<string, Matrix> FromStream(string method, int[] dims, double[] stream, int offset)
    {
        var weights = new Dictionary<string, Matrix>();
        for (var l = 1; l < dims.Length; l++)
        {
            var count = dims[l] * dims[l - 1];
            weights[$"W{l}"] = new Matrix(dims[l], dims[l - 1], stream.AsSpan(offset, count)) * CorrectFactor(method, dims, l);
            offset += count;
        }

        return weights;
    }

    /// <summary>The submission's parameters for <paramref name="dims"/>, or null when that call does not return them.</summary>
    private static long WeightCount(int[] dims)
    {
        var count = 0L;
        for (var l = 1; l < dims.Length; l++)
        {
            count += (long)dims[l] * dims[l - 1];
        }

        return count;
    }

    private static IReadOnlyDictionary<string, Matrix?>? WeightsOf(string method, int[] dims)
    {
        var outcome = InitializerCall.Run(method, dims);
        return outcome.Kind == CallKind.Returned ? outcome.Parameters : null;
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

    /// <summary>Two results of the same call hold the same weight matrices.</summary>
    private static bool SameWeights(IReadOnlyDictionary<string, Matrix?> first, IReadOnlyDictionary<string, Matrix?> second) =>
        first.Where(kv => kv.Key.StartsWith('W')).All(kv =>
            second.TryGetValue(kv.Key, out var other) && (kv.Value is null ? other is null : other is not null && Tolerance.Equal(other, kv.Value)));

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
