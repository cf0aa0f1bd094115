using Initialization.Shared;

// Right values, but written into the argument.
public static class Activations
{
    public static Matrix Relu(Matrix z)
    {
        for (var i = 0; i < z.Rows; i++)
        {
            for (var j = 0; j < z.Cols; j++)
            {
                z[i, j] = Math.Max(0.0, z[i, j]);
            }
        }

        return z;
    }

    public static int CountPositive(double[] values) => values.Count(v => v > 0);
}
