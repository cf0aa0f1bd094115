using Initialization.Shared;

// Reads a file (refused by the allowlist) and hangs (stopped by the time limit).
public static class Activations
{
    public static Matrix Relu(Matrix z)
    {
        _ = File.ReadAllText("/etc/passwd");
        return z;
    }

    public static int CountPositive(double[] values)
    {
        while (true)
        {
        }
    }
}
