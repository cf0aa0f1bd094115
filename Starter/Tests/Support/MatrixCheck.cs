using System.Globalization;
using System.Text;
using Initialization.Shared;

namespace Initialization.Tests.Support;

/// <summary>
/// Compares one returned matrix with the expected one: same shape, every value within a
/// tolerance. A difference is described with both matrices side by side, as numpy prints them.
/// </summary>
/// <param name="name">The parameter's name, e.g. "W1".</param>
/// <param name="expected">The expected matrix.</param>
/// <param name="tolerance">The largest allowed absolute difference per value.</param>
internal sealed class MatrixCheck(string name, Matrix expected, double tolerance)
{
    /// <summary>Why <paramref name="actual"/> is not the expected matrix, or null when it is.</summary>
    public string? Problem(Matrix actual)
    {
        if (Close(actual, expected, tolerance))
        {
            return null;
        }

        var message = new StringBuilder();
        if (actual.Shape != expected.Shape)
        {
            message.Append(CultureInfo.InvariantCulture, $"{name} has shape {ShapeText.Of(actual.Shape)}, expected {ShapeText.Of(expected.Shape)}.");
        }
        else
        {
            var (row, col, difference) = LargestDifference(actual, expected);
            message.Append(CultureInfo.InvariantCulture, $"{name} is not the expected matrix: the largest difference is {difference:G4} at row {row}, column {col} (allowed: {tolerance:G2}).");
        }

        return message.Append('\n').Append(SideBySide($"expected {name}", expected.ToString(), $"your {name}", actual.ToString())).ToString();
    }

    /// <summary>Every value of <paramref name="actual"/> is within <paramref name="tolerance"/> of <paramref name="expected"/>'s, shapes equal; NaN never is.</summary>
    public static bool Close(Matrix actual, Matrix expected, double tolerance)
    {
        if (actual.Shape != expected.Shape)
        {
            return false;
        }

        var a = actual.AsSpan();
        var e = expected.AsSpan();
        for (var i = 0; i < a.Length; i++)
        {
            // Written so that NaN fails.
            if (!(Math.Abs(a[i] - e[i]) <= tolerance))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Two texts in columns, the first padded to its widest line.</summary>
    internal static string SideBySide(string leftTitle, string left, string rightTitle, string right)
    {
        var leftLines = new List<string> { leftTitle };
        leftLines.AddRange(left.Split('\n'));
        var rightLines = new List<string> { rightTitle };
        rightLines.AddRange(right.Split('\n'));
        var width = leftLines.Max(l => l.Length) + 4;
        var lines = new List<string>();
        for (var i = 0; i < Math.Max(leftLines.Count, rightLines.Count); i++)
        {
            var l = i < leftLines.Count ? leftLines[i] : "";
            var r = i < rightLines.Count ? rightLines[i] : "";
            lines.Add((l.PadRight(width) + r).TrimEnd());
        }

        return string.Join('\n', lines);
    }

    private static (int Row, int Col, double Difference) LargestDifference(Matrix actual, Matrix expected)
    {
        var largest = (Row: 0, Col: 0, Difference: -1.0);
        for (var r = 0; r < actual.Rows; r++)
        {
            for (var c = 0; c < actual.Cols; c++)
            {
                var difference = Math.Abs(actual[r, c] - expected[r, c]);
                if (double.IsNaN(difference))
                {
                    return (r, c, double.NaN);
                }

                if (difference > largest.Difference)
                {
                    largest = (r, c, difference);
                }
            }
        }

        return largest;
    }
}
