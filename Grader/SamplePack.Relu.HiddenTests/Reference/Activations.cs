using Initialization.Shared;

namespace SamplePack.Relu.Reference;

/// <summary>The sample exercise's reference solution.</summary>
public static class Activations
{
    /// <summary>max(0, z), element-wise, in a new matrix.</summary>
    /// <param name="z">The pre-activations.</param>
    /// <returns>The activations.</returns>
    public static Matrix Relu(Matrix z)
    {
        ArgumentNullException.ThrowIfNull(z);
        return z.Map(x => Math.Max(0.0, x));
    }

    /// <summary>How many values are above zero.</summary>
    /// <param name="values">The values.</param>
    /// <returns>The count.</returns>
    public static int CountPositive(double[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return values.Count(v => v > 0);
    }
}
