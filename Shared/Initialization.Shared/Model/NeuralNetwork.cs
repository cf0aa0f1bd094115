namespace Initialization.Shared.Model;

/// <summary>
/// The course's 3-layer network: LINEAR → RELU → LINEAR → RELU → LINEAR → SIGMOID with layer
/// sizes [n_x, 10, 5, 1], trained by full-batch gradient descent on the cross-entropy cost.
/// </summary>
public static class NeuralNetwork
{
    /// <summary>The hidden and output layer sizes after the input layer.</summary>
    public static IReadOnlyList<int> HiddenAndOutputSizes { get; } = [PackedParameters.Hidden1, PackedParameters.Hidden2, 1];

    /// <summary>The layer sizes for inputs with <paramref name="inputSize"/> features: [inputSize, 10, 5, 1].</summary>
    /// <param name="inputSize">Number of features (rows of X).</param>
    /// <returns>A new array of four sizes.</returns>
    public static int[] LayerDims(int inputSize) => [inputSize, .. HiddenAndOutputSizes];

    /// <summary>
    /// Initializes the parameters with <paramref name="initializer"/> and trains them like the
    /// course's <c>model(X, Y, learning_rate, num_iterations, initialization)</c>.
    /// </summary>
    /// <remarks>
    /// Every operation is numpy's, in numpy's order, so the costs and parameters equal those of the
    /// course's code run by numpy with its reference BLAS on Linux, bit for bit (that is what the
    /// large random initialization needs: it is chaotic enough that a different order of additions
    /// moves its costs by 0.3 %). The cost is only computed on reported iterations, and the loop
    /// allocates nothing: a course model (15000 iterations, 300 examples) takes tens of milliseconds,
    /// over 20 times faster than numpy (tools/bench/train_vs_numpy.sh).
    /// </remarks>
    /// <param name="x">Inputs, one example per column: (n_x, m).</param>
    /// <param name="y">Labels 0 or 1: (1, m).</param>
    /// <param name="initializer">Called once with [n_x, 10, 5, 1]; must return W1, b1, W2, b2, W3, b3.</param>
    /// <param name="options">Learning rate, iterations and reporting; the course's when null.</param>
    /// <param name="onCost">Called with each reported cost as training goes (e.g. to print or show progress).</param>
    /// <returns>The trained parameters and the reported costs.</returns>
    /// <exception cref="ArgumentException">The shapes of x and y disagree, or the initializer's parameters are wrong.</exception>
    public static TrainingResult Train(Matrix x, Matrix y, Func<int[], Dictionary<string, Matrix>> initializer, TrainingOptions? options = null, Action<CostReport>? onCost = null)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        ArgumentNullException.ThrowIfNull(initializer);
        options ??= TrainingOptions.Course;
        options.Validate();
        CheckData(x, y);

        var dims = LayerDims(x.Rows);
        var initial = initializer([.. dims]);
        var problems = ParameterCheck.Problems(initial, dims);
        if (problems.Count > 0)
        {
            throw new ArgumentException($"The initializer's parameters cannot be trained: it {string.Join("; it ", problems)}.", nameof(initializer));
        }

        return GradientDescent.Run(x, y, initial, options, onCost);
    }

    /// <summary>The network's output probabilities a3 = P(label 1) for each example: (1, m).</summary>
    /// <param name="x">Inputs, one example per column.</param>
    /// <param name="parameters">W1, b1, W2, b2, W3, b3 for x's number of features.</param>
    /// <returns>A new (1, m) matrix.</returns>
    /// <exception cref="ArgumentException">The parameters' keys or shapes do not fit x.</exception>
    public static Matrix Probabilities(Matrix x, IReadOnlyDictionary<string, Matrix> parameters)
    {
        ArgumentNullException.ThrowIfNull(x);
        var packed = Pack(parameters, x.Rows);
        var a3 = new Matrix(1, x.Cols);
        BatchPrediction.Probabilities(x, packed, a3.AsSpan());
        return a3;
    }

    /// <summary>Predicted labels, 1 where a3 &gt; 0.5 and 0 elsewhere, like the course's <c>predict</c>: (1, m).</summary>
    /// <param name="x">Inputs, one example per column.</param>
    /// <param name="parameters">W1, b1, W2, b2, W3, b3 for x's number of features.</param>
    /// <returns>A new (1, m) matrix of 0.0 and 1.0.</returns>
    /// <exception cref="ArgumentException">The parameters' keys or shapes do not fit x.</exception>
    public static Matrix Predict(Matrix x, IReadOnlyDictionary<string, Matrix> parameters)
    {
        var labels = Probabilities(x, parameters);
        foreach (ref var value in labels.AsSpan())
        {
            value = value > 0.5 ? 1.0 : 0.0;
        }

        return labels;
    }

    /// <summary>
    /// Predicted labels over a plotting grid, as the course's <c>plot_decision_boundary</c> computes
    /// them: the point (xs[c], ys[r]) gets row r, column c, the layout of numpy's
    /// <c>meshgrid(xs, ys)</c>. A 300 x 300 grid takes a millisecond or two, with no (2, n) input
    /// matrix built.
    /// </summary>
    /// <param name="xs">The grid's first-feature values (e.g. numpy's <c>arange(x_min, x_max, h)</c>).</param>
    /// <param name="ys">The grid's second-feature values.</param>
    /// <param name="parameters">W1, b1, W2, b2, W3, b3 of a network with two input features.</param>
    /// <returns>A new (ys.Length, xs.Length) matrix of 0.0 and 1.0.</returns>
    /// <exception cref="ArgumentException">An axis is empty, or the parameters are not for two features.</exception>
    public static Matrix PredictGrid(ReadOnlySpan<double> xs, ReadOnlySpan<double> ys, IReadOnlyDictionary<string, Matrix> parameters)
    {
        if (xs.IsEmpty || ys.IsEmpty)
        {
            throw new ArgumentException($"The grid needs at least one value on each axis, but has {xs.Length} x values and {ys.Length} y values.", xs.IsEmpty ? nameof(xs) : nameof(ys));
        }

        var packed = Pack(parameters, 2);
        var labels = new Matrix(ys.Length, xs.Length);
        BatchPrediction.GridLabels(xs, ys, packed, labels.AsSpan());
        return labels;
    }

    /// <summary>The fraction of predictions equal to the labels, like <c>np.mean(p == y)</c>.</summary>
    /// <param name="predictions">Predicted labels: (1, m).</param>
    /// <param name="y">True labels: (1, m).</param>
    /// <returns>A value from 0 to 1.</returns>
    public static double Accuracy(Matrix predictions, Matrix y)
    {
        ArgumentNullException.ThrowIfNull(predictions);
        ArgumentNullException.ThrowIfNull(y);
        if (predictions.Shape != y.Shape)
        {
            throw new ArgumentException($"predictions {Matrix.FormatShape(predictions.Shape)} and labels {Matrix.FormatShape(y.Shape)} must have the same shape.", nameof(predictions));
        }

        var p = predictions.AsSpan();
        var labels = y.AsSpan();
        var correct = 0;
        for (var i = 0; i < p.Length; i++)
        {
            correct += p[i] == labels[i] ? 1 : 0;
        }

        return (double)correct / p.Length;
    }

    /// <summary>
    /// The cross-entropy cost of outputs <paramref name="a3"/> for labels <paramref name="y"/>,
    /// with numpy's <c>nansum</c>: a term 0 · ∞ (a saturated output on its own label) is skipped,
    /// a saturated output on the wrong label makes the cost +∞.
    /// </summary>
    /// <param name="a3">Output probabilities: (1, m).</param>
    /// <param name="y">Labels 0 or 1: (1, m).</param>
    /// <returns>(1/m) · Σ −y log(a3) − (1−y) log(1−a3).</returns>
    public static double Cost(Matrix a3, Matrix y)
    {
        ArgumentNullException.ThrowIfNull(a3);
        ArgumentNullException.ThrowIfNull(y);
        if (a3.Shape != y.Shape)
        {
            throw new ArgumentException($"a3 {Matrix.FormatShape(a3.Shape)} and labels {Matrix.FormatShape(y.Shape)} must have the same shape.", nameof(a3));
        }

        return CrossEntropy.Cost(a3.AsSpan(), y.AsSpan());
    }

    private static PackedParameters Pack(IReadOnlyDictionary<string, Matrix> parameters, int inputSize)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var problems = ParameterCheck.Problems(parameters, LayerDims(inputSize));
        if (problems.Count > 0)
        {
            throw new ArgumentException($"The parameters do not fit a network with {inputSize} input features: it {string.Join("; it ", problems)}.", nameof(parameters));
        }

        return PackedParameters.From(parameters, inputSize);
    }

    private static void CheckData(Matrix x, Matrix y)
    {
        if (y.Rows != 1 || y.Cols != x.Cols)
        {
            throw new ArgumentException($"Y must have shape (1, {x.Cols}) to label the {x.Cols} examples (columns) of X, but has {Matrix.FormatShape(y.Shape)}.", nameof(y));
        }
    }
}
