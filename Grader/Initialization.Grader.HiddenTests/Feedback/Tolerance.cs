using Initialization.Shared;

namespace Initialization.Grader.HiddenTests.Feedback;

/// <summary>
/// How close is right: 1e-9 relative, so mathematically equal code passes (e.g. Math.Sqrt(2) /
/// Math.Sqrt(n) instead of Math.Sqrt(2.0 / n)) while any real mistake fails.
/// </summary>
internal static class Tolerance
{
    public const double Relative = 1e-9;

    public static bool Equal(double actual, double expected) => Math.Abs(actual - expected) <= Relative * Math.Abs(expected);

    public static bool Equal(Matrix actual, Matrix expected)
    {
        if (actual.Shape != expected.Shape)
        {
            return false;
        }

        var a = actual.AsSpan();
        var e = expected.AsSpan();
        for (var i = 0; i < a.Length; i++)
        {
            if (!Equal(a[i], e[i]))
            {
                return false;
            }
        }

        return true;
    }
}
