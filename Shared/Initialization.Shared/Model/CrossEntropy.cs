namespace Initialization.Shared.Model;

/// <summary>The course's cost: (1/m) · nansum(−log(a3)·y + −log(1−a3)·(1−y)), in numpy's order of operations.</summary>
internal static class CrossEntropy
{
    /// <summary>The cost of outputs <paramref name="a3"/> for labels <paramref name="y"/>.</summary>
    public static double Cost(ReadOnlySpan<double> a3, ReadOnlySpan<double> y) =>
        Cost(a3, y, a3.Length <= 1024 ? stackalloc double[a3.Length] : new double[a3.Length]);

    /// <summary>The cost, with the terms written to <paramref name="terms"/> (a3.Length values) instead of a new buffer.</summary>
    public static double Cost(ReadOnlySpan<double> a3, ReadOnlySpan<double> y, Span<double> terms)
    {
        terms = terms[..a3.Length];
        for (var i = 0; i < a3.Length; i++)
        {
            var term = (-Math.Log(a3[i]) * y[i]) + (-Math.Log(1.0 - a3[i]) * (1.0 - y[i]));
            // nansum: NaN terms (0 · ∞ from a saturated output on its own label) count as zero.
            terms[i] = double.IsNaN(term) ? 0.0 : term;
        }

        return 1.0 / a3.Length * NumpySum.Sum(terms);
    }
}
