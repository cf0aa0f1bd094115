namespace Initialization.Shared.Model;

/// <summary>
/// The network's weights and biases laid out for the SIMD kernels: one lane per unit of a layer,
/// padded with zeros to whole 8-lane vectors, so one example's layer is one or two vectors.
/// </summary>
/// <remarks>
/// The padding lanes stay zero through training (their weights, inputs and gradients are zero), so
/// they never reach a real unit. Weights are kept by columns, the order in which the forward pass
/// adds them up; W2 is also kept by rows, for the backward pass.
/// </remarks>
internal sealed class PackedParameters
{
    /// <summary>Units of the first hidden layer.</summary>
    public const int Hidden1 = 10;

    /// <summary>Units of the second hidden layer.</summary>
    public const int Hidden2 = 5;

    /// <summary>Lanes per example of the first hidden layer: two vectors.</summary>
    public const int Hidden1Lanes = 16;

    /// <summary>Lanes per example of the second hidden layer: one vector.</summary>
    public const int Hidden2Lanes = 8;

    public PackedParameters(int inputSize)
    {
        InputSize = inputSize;
        W1Columns = new double[InputPairs * 2 * Hidden1Lanes];
    }

    /// <summary>Number of input features, n_x.</summary>
    public int InputSize { get; }

    /// <summary>The kernels take input features two at a time; an odd last one gets a zero partner.</summary>
    public int InputPairs => (InputSize + 1) / 2;

    /// <summary>W1 by columns: <c>W1Columns[k * 16 + i] = W1[i, k]</c>, plus a zero column if n_x is odd.</summary>
    public double[] W1Columns { get; }

    /// <summary>b1 in lanes 0..9 of 16.</summary>
    public double[] B1 { get; } = new double[Hidden1Lanes];

    /// <summary>W2 by columns: <c>W2Columns[c * 8 + r] = W2[r, c]</c>; refreshed from <see cref="W2Rows"/>.</summary>
    public double[] W2Columns { get; } = new double[Hidden1 * Hidden2Lanes];

    /// <summary>W2 by rows: <c>W2Rows[r * 16 + c] = W2[r, c]</c>, the copy training updates.</summary>
    public double[] W2Rows { get; } = new double[Hidden2 * Hidden1Lanes];

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
                packed.W2Rows[(r * Hidden1Lanes) + c] = w2[(r * Hidden1) + c];
            }
        }

        parameters["b1"].AsSpan().CopyTo(packed.B1);
        parameters["b2"].AsSpan().CopyTo(packed.B2);
        parameters["W3"].AsSpan().CopyTo(packed.W3);
        packed.B3 = parameters["b3"][0, 0];
        packed.RefreshW2Columns();
        return packed;
    }

    /// <summary>Copies <see cref="W2Rows"/> into <see cref="W2Columns"/> after an update.</summary>
    public void RefreshW2Columns()
    {
        for (var r = 0; r < Hidden2; r++)
        {
            for (var c = 0; c < Hidden1; c++)
            {
                W2Columns[(c * Hidden2Lanes) + r] = W2Rows[(r * Hidden1Lanes) + c];
            }
        }
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
                w2[r, c] = W2Rows[(r * Hidden1Lanes) + c];
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
