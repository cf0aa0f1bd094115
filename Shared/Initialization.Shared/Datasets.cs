namespace Initialization.Shared;

/// <summary>The course's training and test sets, X of shape (2, m) and Y of shape (1, m).</summary>
/// <param name="TrainX">Training features, one example per column: (2, 300).</param>
/// <param name="TrainY">Training labels, 0 (outer circle) or 1 (inner circle): (1, 300).</param>
/// <param name="TestX">Test features: (2, 100).</param>
/// <param name="TestY">Test labels: (1, 100).</param>
public sealed record CirclesData(Matrix TrainX, Matrix TrainY, Matrix TestX, Matrix TestY);

/// <summary>Data sets of the exercise, generated exactly as the course generates them.</summary>
public static class Datasets
{
    /// <summary>
    /// Two concentric circles, bit for bit what scikit-learn's
    /// <c>make_circles(n_samples, shuffle=shuffle, noise=noise, factor=factor)</c> returns when
    /// its random state is a numpy <c>RandomState</c> in the same state as <paramref name="rng"/>.
    /// </summary>
    /// <param name="nSamples">Total number of points, at least 1; the inner circle gets the odd one.</param>
    /// <param name="noise">Standard deviation of the Gaussian noise added to each coordinate, or null for none (no draws at all).</param>
    /// <param name="rng">The generator to draw the shuffle and the noise from.</param>
    /// <param name="factor">Radius of the inner circle relative to the outer one, in [0, 1).</param>
    /// <param name="shuffle">Whether to shuffle the points (outer circle first otherwise).</param>
    /// <returns>X of shape (nSamples, 2), one point per row, and the labels Y: 0 outer, 1 inner.</returns>
    /// <exception cref="ArgumentOutOfRangeException">nSamples is below 1, noise is negative or NaN, or factor is outside [0, 1).</exception>
    /// <exception cref="ArgumentNullException"><paramref name="rng"/> is null.</exception>
    public static (Matrix X, int[] Y) MakeCircles(int nSamples, double? noise, RandomState rng, double factor = 0.8, bool shuffle = true)
    {
        if (nSamples < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(nSamples), nSamples, "nSamples must be at least 1.");
        }

        if (noise is { } sigma && !(sigma >= 0.0))
        {
            throw new ArgumentOutOfRangeException(nameof(noise), noise, "noise (a standard deviation) must be zero or more, or null for no noise.");
        }

        if (!(factor >= 0.0 && factor < 1.0))
        {
            throw new ArgumentOutOfRangeException(nameof(factor), factor, "factor (inner radius / outer radius) must be in [0, 1).");
        }

        ArgumentNullException.ThrowIfNull(rng);

        var outer = nSamples / 2;
        var inner = nSamples - outer;
        var points = new double[nSamples, 2];
        var labels = new int[nSamples];
        for (var i = 0; i < outer; i++)
        {
            var angle = LinspaceWithoutEndpoint(i, outer);
            points[i, 0] = Math.Cos(angle);
            points[i, 1] = Math.Sin(angle);
        }

        for (var i = 0; i < inner; i++)
        {
            var angle = LinspaceWithoutEndpoint(i, inner);
            points[outer + i, 0] = Math.Cos(angle) * factor;
            points[outer + i, 1] = Math.Sin(angle) * factor;
            labels[outer + i] = 1;
        }

        var x = new Matrix(nSamples, 2);
        var y = new int[nSamples];
        // scikit-learn shuffles by drawing a permutation of the row indices (numpy's shuffle of arange).
        var order = shuffle ? rng.Permutation(nSamples) : Enumerable.Range(0, nSamples).ToArray();
        for (var row = 0; row < nSamples; row++)
        {
            x[row, 0] = points[order[row], 0];
            x[row, 1] = points[order[row], 1];
            y[row] = labels[order[row]];
        }

        if (noise is { } scale)
        {
            var values = x.AsSpan();
            var draws = rng.Normal(0.0, scale, nSamples, 2).AsSpan();
            for (var i = 0; i < values.Length; i++)
            {
                values[i] += draws[i];
            }
        }

        return (x, y);
    }

    /// <summary>
    /// The course's data: 300 training points (noise 0.05, seed 1) and 100 test points (noise 0.05,
    /// seed 2), transposed so that each example is a column.
    /// </summary>
    /// <returns>TrainX (2, 300), TrainY (1, 300), TestX (2, 100), TestY (1, 100).</returns>
    public static CirclesData LoadCircles()
    {
        var (trainX, trainY) = MakeCircles(300, 0.05, new RandomState(1));
        var (testX, testY) = MakeCircles(100, 0.05, new RandomState(2));
        return new CirclesData(trainX.Transpose(), LabelRow(trainY), testX.Transpose(), LabelRow(testY));
    }

    /// <summary>numpy's <c>linspace(0, 2π, count, endpoint=False)[index]</c>: index * (2π / count) + 0.</summary>
    private static double LinspaceWithoutEndpoint(int index, int count) => (index * (2.0 * Math.PI / count)) + 0.0;

    private static Matrix LabelRow(int[] labels)
    {
        var row = new Matrix(1, labels.Length);
        for (var i = 0; i < labels.Length; i++)
        {
            row[0, i] = labels[i];
        }

        return row;
    }
}
