using System.Runtime.Intrinsics;

namespace Initialization.Shared.Model;

/// <summary>
/// Every buffer one <see cref="NeuralNetwork.Train"/> call needs, allocated once up front so the
/// training loop allocates nothing. Buffers are example-major (see <see cref="PackedParameters"/>).
/// </summary>
internal sealed class TrainingWorkspace
{
    private const int H1 = PackedParameters.Hidden1Lanes;
    private const int H2 = PackedParameters.Hidden2Lanes;

    /// <summary>Copies the data and packs the initial parameters (which are left untouched).</summary>
    /// <param name="x">Inputs (n_x, m), checked by the caller.</param>
    /// <param name="y">Labels (1, m), checked by the caller.</param>
    /// <param name="initial">Parameters that passed <see cref="ParameterCheck"/>.</param>
    public TrainingWorkspace(Matrix x, Matrix y, IReadOnlyDictionary<string, Matrix> initial)
    {
        var m = x.Cols;
        Examples = m;
        Parameters = PackedParameters.From(initial, x.Rows);
        InputStride = 2 * Parameters.InputPairs;
        Inputs = new double[m * InputStride];
        ForwardPass.PackInputs(x, 0, m, InputStride, Inputs);

        Labels = y.ToArray();
        A1 = new double[m * H1];
        A2 = new double[m * H2];
        A3 = new double[m];
        Dz3 = new double[m];
        Dz2 = new double[m * H2];
        Dz1 = new double[m * H1];
        DW1 = new double[InputStride * H1];
        CostTerms = new double[m];
        LeafLengths = NumpySum.LeafLengths(m);
        Dz1LowLeafSums = new Vector512<double>[LeafLengths.Length];
        Dz1HighLeafSums = new Vector512<double>[LeafLengths.Length];
        Dz2LeafSums = new Vector512<double>[LeafLengths.Length];
        Dz3LeafSums = new double[LeafLengths.Length];
    }

    /// <summary>Number of examples, m.</summary>
    public int Examples { get; }

    /// <summary>Values per example in <see cref="Inputs"/>: n_x rounded up to an even number.</summary>
    public int InputStride { get; }

    /// <summary>X transposed: example j's features at j · <see cref="InputStride"/>, then a zero if n_x is odd.</summary>
    public double[] Inputs { get; }

    /// <summary>The labels y, one per example.</summary>
    public double[] Labels { get; }

    /// <summary>The parameters being trained.</summary>
    public PackedParameters Parameters { get; }

    /// <summary>relu(z1): 16 lanes per example.</summary>
    public double[] A1 { get; }

    /// <summary>relu(z2): 8 lanes per example.</summary>
    public double[] A2 { get; }

    /// <summary>sigmoid(z3): one value per example.</summary>
    public double[] A3 { get; }

    /// <summary>dz3 = (1/m)(a3 − y): one value per example.</summary>
    public double[] Dz3 { get; }

    /// <summary>dz2: 8 lanes per example.</summary>
    public double[] Dz2 { get; }

    /// <summary>dz1: 16 lanes per example.</summary>
    public double[] Dz1 { get; }

    /// <summary>dW1 by columns, like <see cref="PackedParameters.W1Columns"/>.</summary>
    public double[] DW1 { get; }

    /// <summary>dW2 by rows, like <see cref="PackedParameters.W2Rows"/>.</summary>
    public double[] DW2 { get; } = new double[PackedParameters.Hidden2 * H1];

    /// <summary>Columns 8 and 9 of dW2 while they are summed (rows in the lanes), before they join <see cref="DW2"/>.</summary>
    public double[] DW2Column8 { get; } = new double[H2];

    /// <summary>See <see cref="DW2Column8"/>.</summary>
    public double[] DW2Column9 { get; } = new double[H2];

    /// <summary>dW3 in lanes 0..4.</summary>
    public double[] DW3 { get; } = new double[H2];

    /// <summary>db1 in lanes 0..9.</summary>
    public double[] Db1 { get; } = new double[H1];

    /// <summary>db2 in lanes 0..4.</summary>
    public double[] Db2 { get; } = new double[H2];

    /// <summary>db3.</summary>
    public double Db3 { get; set; }

    /// <summary>Scratch for the cost's terms on reported iterations.</summary>
    public double[] CostTerms { get; }

    /// <summary>The runs of examples numpy's pairwise sums split m into (<see cref="NumpySum.LeafLengths"/>).</summary>
    public int[] LeafLengths { get; }

    /// <summary>Each leaf's sums of dz1, units 0..7.</summary>
    public Vector512<double>[] Dz1LowLeafSums { get; }

    /// <summary>Each leaf's sums of dz1, units 8..9 (then zeros).</summary>
    public Vector512<double>[] Dz1HighLeafSums { get; }

    /// <summary>Each leaf's sums of dz2.</summary>
    public Vector512<double>[] Dz2LeafSums { get; }

    /// <summary>Each leaf's sum of dz3.</summary>
    public double[] Dz3LeafSums { get; }
}
