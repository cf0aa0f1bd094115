namespace Initialization.Shared.Model;

/// <summary>
/// Forward passes over many examples (a test set, a plotting grid of ~100,000 points) in chunks,
/// so the scratch buffers stay small whatever the number of examples.
/// </summary>
internal static class BatchPrediction
{
    private const int Chunk = 1024;

    /// <summary>a3 for every column of <paramref name="x"/> (n_x, m), into <paramref name="a3"/> (m values).</summary>
    public static void Probabilities(Matrix x, PackedParameters p, Span<double> a3)
    {
        var m = x.Cols;
        var values = x.AsSpan();
        var scratch = new Scratch(Math.Min(Chunk, m), x.Rows);
        for (var start = 0; start < m; start += Chunk)
        {
            var count = Math.Min(Chunk, m - start);
            for (var k = 0; k < x.Rows; k++)
            {
                values.Slice((k * m) + start, count).CopyTo(scratch.Row(k));
            }

            scratch.Run(p, count, a3.Slice(start, count));
        }
    }

    /// <summary>
    /// Labels (a3 &gt; 0.5) of the grid points (xs[c], ys[r]) into <paramref name="labels"/>, row r
    /// at r · xs.Length: numpy's <c>meshgrid(xs, ys)</c> order.
    /// </summary>
    public static void GridLabels(ReadOnlySpan<double> xs, ReadOnlySpan<double> ys, PackedParameters p, Span<double> labels)
    {
        var total = xs.Length * ys.Length;
        var scratch = new Scratch(Math.Min(Chunk, total), 2);
        for (var start = 0; start < total; start += Chunk)
        {
            var count = Math.Min(Chunk, total - start);
            var first = scratch.Row(0);
            var second = scratch.Row(1);
            for (var j = 0; j < count; j++)
            {
                var point = start + j;
                first[j] = xs[point % xs.Length];
                second[j] = ys[point / xs.Length];
            }

            var chunk = labels.Slice(start, count);
            scratch.Run(p, count, chunk);
            foreach (ref var value in chunk)
            {
                value = value > 0.5 ? 1.0 : 0.0;
            }
        }
    }

    /// <summary>Input and activation rows for up to <c>capacity</c> examples.</summary>
    private sealed class Scratch(int capacity, int inputSize)
    {
        private readonly int _stride = TrainingWorkspace.RoundUpToVector(capacity);
        private readonly double[] _inputs = new double[inputSize * TrainingWorkspace.RoundUpToVector(capacity)];
        private readonly double[] _a1 = new double[PackedParameters.Hidden1 * TrainingWorkspace.RoundUpToVector(capacity)];
        private readonly double[] _a2 = new double[PackedParameters.Hidden2 * TrainingWorkspace.RoundUpToVector(capacity)];
        private readonly double[] _a3 = new double[TrainingWorkspace.RoundUpToVector(capacity)];

        public Span<double> Row(int feature) => _inputs.AsSpan(feature * _stride, _stride);

        /// <summary>Runs the whole chunk; the first <paramref name="count"/> outputs are copied out.</summary>
        public void Run(PackedParameters p, int count, Span<double> a3)
        {
            ForwardPass.Run(_inputs, _stride, p, _a1, _a2, _a3);
            _a3.AsSpan(0, count).CopyTo(a3);
        }
    }
}
