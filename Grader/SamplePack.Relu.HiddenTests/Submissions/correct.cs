using Initialization.Shared;

public static class Activations
{
    public static Matrix Relu(Matrix z) => z.Map(x => x > 0 ? x : 0.0);

    public static int CountPositive(double[] values)
    {
        var count = 0;
        foreach (var value in values)
        {
            if (value > 0)
            {
                count++;
            }
        }

        return count;
    }
}
