namespace Initialization.Shared.Model;

/// <summary>
/// The network's weights and biases as the kernels read them. The forward pass and the deltas take
/// single weights (broadcast to all lanes, one example per lane); the weight gradients are summed
/// with one lane per unit, so each weight matrix is kept by columns padded to whole 8-lane vectors,
/// the layout its gradient is accumulated in.
/// </summary>
/// <remarks>
/// The padding lanes stay zero through training (their gradients are zero), so they never reach a
/// real unit.
/// </remarks>
internal sealed class PackedParameters
{
    /// <summary>Units of the first hidden layer.</summary>
    public const int Hidden1 = 10;

    /// <summary>Units of the second hidden layer.</summary>
    public const int Hidden2 = 5;

    /// <summary>Lanes of a column of W1 (or of dz1 for one example): two vectors.</summary>
    public const int Hidden1Lanes = 16;

    /// <summary>Lanes of a column of W2 (or of dz2, a2 for one example): one vector.</summary>
    public const int Hidden2Lanes = 8;

    public PackedParameters(int inputSize)
    {
        InputSize = inputSize;
        W1Columns = new double[inputSize * Hidden1Lanes];
    }

    /// <summary>Number of input features, n_x.</summary>
    public int InputSize { get; }

    /// <summary>W1 by columns: <c>W1Columns[k * 16 + i] = W1[i, k]</c>.</summary>
    public double[] W1Columns { get; }

    /// <summary>b1 in lanes 0..9 of 16.</summary>
    public double[] B1 { get; } = new double[Hidden1Lanes];

    /// <summary>W2 by columns: <c>W2Columns[c * 8 + r] = W2[r, c]</c>.</summary>
    public double[] W2Columns { get; } = new double[Hidden1 * Hidden2Lanes];

    /// <summary>b2 in lanes 0..4 of 8.</summary>
    public double[] B2 { get; } = new double[Hidden2Lanes];

    /// <summary>W3 (one row) in lanes 0..4 of 8.</summary>
    public double[] W3 { get; } = new double[Hidden2Lanes];

    /// <summary>b3, the output unit's bias.</summary>
    public double B3 { get; set; }

    /// <summary>Packs W1, b1, … as <see cref="ParameterCheck"/> accepts them.</summary>
    public static PackedParameters From(IReadOnlyDictionary<string, Matrix> parameters, int inputSize)
    {
        var packed = new PackedParameters(inputSize);
        var w1 = parameters["W1"].AsSpan();
        var w2 = parameters["W2"].AsSpan();
        for (var i = 0; i < Hidden1; i++)
        {
            for (var k = 0; k < inputSize; k++)
            {
                packed.W1Columns[(k * Hidden1Lanes) + i] = w1[(i * inputSize) + k];
            }
        }

        for (var r = 0; r < Hidden2; r++)
        {
            for (var c = 0; c < Hidden1; c++)
            {
                packed.W2Columns[(c * Hidden2Lanes) + r] = w2[(r * Hidden1) + c];
            }
        }

        parameters["b1"].AsSpan().CopyTo(packed.B1);
        parameters["b2"].AsSpan().CopyTo(packed.B2);
        parameters["W3"].AsSpan().CopyTo(packed.W3);
        packed.B3 = parameters["b3"][0, 0];
        return packed;
    }

    /// <summary>The parameters as the course names and shapes them: W1 (10, n_x), b1 (10, 1), ….</summary>
    public Dictionary<string, Matrix> ToDictionary()
    {
        var w1 = new Matrix(Hidden1, InputSize);
        var w2 = new Matrix(Hidden2, Hidden1);
        for (var i = 0; i < Hidden1; i++)
        {
            for (var k = 0; k < InputSize; k++)
            {
                w1[i, k] = W1Columns[(k * Hidden1Lanes) + i];
            }
        }

        for (var r = 0; r < Hidden2; r++)
        {
            for (var c = 0; c < Hidden1; c++)
            {
                w2[r, c] = W2Columns[(c * Hidden2Lanes) + r];
            }
        }

        return new Dictionary<string, Matrix>
        {
            ["W1"] = w1,
            ["b1"] = new Matrix(Hidden1, 1, B1.AsSpan(0, Hidden1)),
            ["W2"] = w2,
            ["b2"] = new Matrix(Hidden2, 1, B2.AsSpan(0, Hidden2)),
            ["W3"] = new Matrix(1, Hidden2, W3.AsSpan(0, Hidden2)),
            ["b3"] = new Matrix(1, 1, [B3]),
        };
    }
}
