using Initialization.Shared;

// Relu takes a double[] instead of a Matrix; CountPositive is right.
public static class Activations
{
    public static double[] Relu(double[] z) => z.Select(x => Math.Max(0.0, x)).ToArray();

    public static int CountPositive(double[] values) => values.Count(v => v > 0);
}
