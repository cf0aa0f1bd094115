namespace Initialization.Shared.Model;

/// <summary>The course's cost: (1/m) · nansum(−log(a3)·y + −log(1−a3)·(1−y)), in numpy's order of operations.</summary>
internal static class CrossEntropy
{
    public static double Cost(ReadOnlySpan<double> a3, ReadOnlySpan<double> y)
    {
        var terms = a3.Length <= 1024 ? stackalloc double[a3.Length] : new double[a3.Length];
        for (var i = 0; i < a3.Length; i++)
        {
            var term = (-Math.Log(a3[i]) * y[i]) + (-Math.Log(1.0 - a3[i]) * (1.0 - y[i]));
            // nansum: NaN terms (0 · ∞ from a saturated output on its own label) count as zero.
            terms[i] = double.IsNaN(term) ? 0.0 : term;
        }

        return 1.0 / a3.Length * NumpySum.Sum(terms);
    }
}
