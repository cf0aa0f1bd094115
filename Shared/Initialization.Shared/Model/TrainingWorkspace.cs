namespace Initialization.Shared.Model;

/// <summary>
/// Every buffer one <see cref="NeuralNetwork.Train"/> call needs, allocated once up front so the
/// training loop allocates nothing.
/// </summary>
/// <remarks>
/// Activations and deltas are kept unit by unit, one row of <see cref="Stride"/> values per unit (the
/// number of examples rounded up to whole 8-lane vectors; the padding examples are computed but never
/// counted). The weight-gradient sums need them example by example instead: the *T buffers hold those
/// transposed copies, one example per row of 8 or 16 lanes.
/// </remarks>
internal sealed class TrainingWorkspace
{
    private const int H1 = PackedParameters.Hidden1;
    private const int H2 = PackedParameters.Hidden2;

    /// <summary>Copies the data and packs the initial parameters (which are left untouched).</summary>
    /// <param name="x">Inputs (n_x, m), checked by the caller.</param>
    /// <param name="y">Labels (1, m), checked by the caller.</param>
    /// <param name="initial">Parameters that passed <see cref="ParameterCheck"/>.</param>
    public TrainingWorkspace(Matrix x, Matrix y, IReadOnlyDictionary<string, Matrix> initial)
    {
        var m = x.Cols;
        Examples = m;
        Stride = RoundUpToVector(m);
        Parameters = PackedParameters.From(initial, x.Rows);
        // The first-layer weight gradient takes input features two at a time; an odd one gets a zero row.
        Inputs = new double[(x.Rows + (x.Rows % 2)) * Stride];
        for (var k = 0; k < x.Rows; k++)
        {
            x.AsSpan().Slice(k * m, m).CopyTo(Inputs.AsSpan(k * Stride));
        }

        Labels = new double[Stride];
        y.AsSpan().CopyTo(Labels);
        A1 = new double[H1 * Stride];
        A2 = new double[H2 * Stride];
        A3 = new double[Stride];
        Dz3 = new double[Stride];
        Dz2 = new double[H2 * Stride];
        Dz1 = new double[H1 * Stride];
        A2T = new double[Stride * PackedParameters.Hidden2Lanes];
        Dz2T = new double[Stride * PackedParameters.Hidden2Lanes];
        Dz1T = new double[Stride * PackedParameters.Hidden1Lanes];
        DW1 = new double[(x.Rows + (x.Rows % 2)) * PackedParameters.Hidden1Lanes];
        CostTerms = new double[m];
    }

    /// <summary>Number of examples, m.</summary>
    public int Examples { get; }

    /// <summary>Values per unit row: m rounded up to a multiple of 8.</summary>
    public int Stride { get; }

    /// <summary>X, one row of <see cref="Stride"/> values per feature (zero padding, and a zero row if n_x is odd).</summary>
    public double[] Inputs { get; }

    /// <summary>The labels y (then zeros up to <see cref="Stride"/>).</summary>
    public double[] Labels { get; }

    /// <summary>The parameters being trained.</summary>
    public PackedParameters Parameters { get; }

    /// <summary>relu(z1): 10 rows.</summary>
    public double[] A1 { get; }

    /// <summary>relu(z2): 5 rows.</summary>
    public double[] A2 { get; }

    /// <summary>sigmoid(z3): one row.</summary>
    public double[] A3 { get; }

    /// <summary>dz3 = (1/m)(a3 − y): one row.</summary>
    public double[] Dz3 { get; }

    /// <summary>dz2: 5 rows.</summary>
    public double[] Dz2 { get; }

    /// <summary>dz1: 10 rows.</summary>
    public double[] Dz1 { get; }

    /// <summary>a2 by examples: 8 lanes per example (units 0..4, then zeros).</summary>
    public double[] A2T { get; }

    /// <summary>dz2 by examples: 8 lanes per example.</summary>
    public double[] Dz2T { get; }

    /// <summary>dz1 by examples: 16 lanes per example (units 0..9, then zeros).</summary>
    public double[] Dz1T { get; }

    /// <summary>dW1 by columns, like <see cref="PackedParameters.W1Columns"/> (plus a padding feature's).</summary>
    public double[] DW1 { get; }

    /// <summary>dW2 by columns, like <see cref="PackedParameters.W2Columns"/>.</summary>
    public double[] DW2 { get; } = new double[H1 * PackedParameters.Hidden2Lanes];

    /// <summary>dW3 in lanes 0..4.</summary>
    public double[] DW3 { get; } = new double[PackedParameters.Hidden2Lanes];

    /// <summary>db1 in lanes 0..9.</summary>
    public double[] Db1 { get; } = new double[PackedParameters.Hidden1Lanes];

    /// <summary>db2 in lanes 0..4.</summary>
    public double[] Db2 { get; } = new double[PackedParameters.Hidden2Lanes];

    /// <summary>db3.</summary>
    public double Db3 { get; set; }

    /// <summary>Scratch for the cost's terms on reported iterations.</summary>
    public double[] CostTerms { get; }

    /// <summary><paramref name="count"/> rounded up to a multiple of 8, the vector width.</summary>
    public static int RoundUpToVector(int count) => (count + 7) & ~7;
}
