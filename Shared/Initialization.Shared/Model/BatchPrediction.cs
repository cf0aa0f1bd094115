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
        var stride = 2 * p.InputPairs;
        var scratch = new Scratch(Math.Min(Chunk, m), stride);
        for (var start = 0; start < m; start += Chunk)
        {
            var count = Math.Min(Chunk, m - start);
            ForwardPass.PackInputs(x, start, count, stride, scratch.Inputs);
            scratch.Run(count, p, a3.Slice(start, count));
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
            for (var j = 0; j < count; j++)
            {
                var point = start + j;
                scratch.Inputs[2 * j] = xs[point % xs.Length];
                scratch.Inputs[(2 * j) + 1] = ys[point / xs.Length];
            }

            var chunk = labels.Slice(start, count);
            scratch.Run(count, p, chunk);
            foreach (ref var value in chunk)
            {
                value = value > 0.5 ? 1.0 : 0.0;
            }
        }
    }

    /// <summary>Example-major inputs and activations for up to <c>capacity</c> examples.</summary>
    private sealed class Scratch(int capacity, int inputStride)
    {
        public double[] Inputs { get; } = new double[capacity * inputStride];

        private double[] A1 { get; } = new double[capacity * PackedParameters.Hidden1Lanes];

        private double[] A2 { get; } = new double[capacity * PackedParameters.Hidden2Lanes];

        public void Run(int count, PackedParameters p, Span<double> a3) =>
            ForwardPass.Run(Inputs, inputStride, count, p, A1, A2, a3);
    }
}
