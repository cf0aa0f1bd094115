using System.Globalization;
using Initialization.Shared;
using Newtonsoft.Json.Linq;

namespace Initialization.Grader.HiddenTests.Fixtures;

/// <summary>A matrix numpy produced: all of its values, or (for large ones) its values at known positions.</summary>
public sealed class ExpectedMatrix
{
    private ExpectedMatrix((int Rows, int Cols) shape, IReadOnlyList<(int Row, int Col, double Value)> entries, bool complete)
    {
        Shape = shape;
        Entries = entries;
        IsComplete = complete;
    }

    /// <summary>The shape numpy produced.</summary>
    public (int Rows, int Cols) Shape { get; }

    /// <summary>The known values with their positions.</summary>
    public IReadOnlyList<(int Row, int Col, double Value)> Entries { get; }

    /// <summary>Whether every value is known (small matrices) or a sample (large ones).</summary>
    public bool IsComplete { get; }

    /// <summary>Whether every known value is zero.</summary>
    public bool IsAllZero => Entries.All(e => e.Value == 0.0);

    internal static ExpectedMatrix FromJson(JToken json)
    {
        var shape = json.Get("shape").Elements();
        var rows = shape[0].AsInt32();
        var cols = shape[1].AsInt32();
        var entries = new List<(int, int, double)>();
        if (json.TryGet("values", out var values))
        {
            var i = 0;
            foreach (var value in values.Elements())
            {
                entries.Add((i / cols, i % cols, FromBits(value.AsString())));
                i++;
            }

            return new ExpectedMatrix((rows, cols), entries, complete: true);
        }

        foreach (var sample in json.Get("samples").Elements())
        {
            var at = sample.Elements();
            entries.Add((at[0].AsInt32(), at[1].AsInt32(), FromBits(at[2].AsString())));
        }

        return new ExpectedMatrix((rows, cols), entries, complete: false);
    }

    /// <summary>
    /// The known entry where <paramref name="actual"/> is furthest from the expectation, or null
    /// when every known entry agrees within the relative tolerance.
    /// </summary>
    /// <param name="actual">A matrix of the same shape.</param>
    /// <param name="relativeTolerance">Allowed |actual − expected| / |expected|.</param>
    /// <returns>The worst disagreement, or null.</returns>
    public (int Row, int Col, double Expected, double Actual)? WorstMismatch(Matrix actual, double relativeTolerance)
    {
        ArgumentNullException.ThrowIfNull(actual);
        (int, int, double, double)? worst = null;
        var worstError = 0.0;
        foreach (var (row, col, expected) in Entries)
        {
            var value = actual[row, col];
            var error = Math.Abs(value - expected);
            if (!(error <= relativeTolerance * Math.Abs(expected)))
            {
                // NaN compares as the worst possible disagreement.
                var score = double.IsNaN(error) ? double.PositiveInfinity : error;
                if (worst is null || score > worstError)
                {
                    worst = (row, col, expected, value);
                    worstError = score;
                }
            }
        }

        return worst;
    }

    private static double FromBits(string hex) =>
        BitConverter.Int64BitsToDouble(long.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture));
}
