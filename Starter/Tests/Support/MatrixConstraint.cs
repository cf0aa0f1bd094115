using System.Globalization;
using System.Text;
using Initialization.Shared;
using NUnit.Framework.Constraints;

namespace Initialization.Tests.Support;

/// <summary>
/// An NUnit constraint: the actual matrix has the expected shape and every value within a
/// tolerance of the expected one. On failure the message shows both matrices side by side, as
/// numpy prints them, and names the likely mistake when the actual matrix matches one.
/// </summary>
/// <example><c>Assert.That(parameters["W1"], Matches.Matrix("W1", expected).Within(1e-10).Hinting(mistakes, fallback));</c></example>
internal sealed class MatrixConstraint : Constraint
{
    // Lookalikes are computed differently from the student's code, so they agree only to roundoff.
    private const double LookalikeTolerance = 1e-9;

    private readonly string _name;
    private readonly Matrix _expected;
    private double _tolerance;
    private IReadOnlyList<LikelyMistake> _mistakes = [];
    private string _fallbackHint = "";

    public MatrixConstraint(string name, Matrix expected)
        : base(name, expected)
    {
        _name = name;
        _expected = expected;
    }

    public override string Description => $"{_name} equal to the expected {_expected.Rows}x{_expected.Cols} matrix within {_tolerance}";

    /// <summary>The largest allowed absolute difference per value.</summary>
    public MatrixConstraint Within(double tolerance)
    {
        _tolerance = tolerance;
        return this;
    }

    /// <summary>The mistakes to recognise, and the hint to give when none matches.</summary>
    public MatrixConstraint Hinting(IReadOnlyList<LikelyMistake> mistakes, string fallbackHint)
    {
        _mistakes = mistakes;
        _fallbackHint = fallbackHint;
        return this;
    }

    public override ConstraintResult ApplyTo<TActual>(TActual actual)
    {
        if (actual is not Matrix matrix)
        {
            return new MatrixConstraintResult(this, actual, false, $"{_name} should be a Matrix, but is {(actual is null ? "null" : actual.GetType().Name)}.");
        }

        if (Close(matrix, _expected, _tolerance))
        {
            return new MatrixConstraintResult(this, actual, true, "");
        }

        return new MatrixConstraintResult(this, actual, false, FailureMessage(matrix));
    }

    private string FailureMessage(Matrix actual)
    {
        var message = new StringBuilder();
        if (actual.Shape != _expected.Shape)
        {
            message.Append(CultureInfo.InvariantCulture, $"{_name} has shape {ShapeText.Of(actual.Shape)}, expected {ShapeText.Of(_expected.Shape)}.");
        }
        else
        {
            var (row, col, difference) = LargestDifference(actual, _expected);
            message.Append(CultureInfo.InvariantCulture, $"{_name} is not the expected matrix: the largest difference is {difference:G4} at row {row}, column {col} (allowed: {_tolerance:G2}).");
        }

        message.Append("\n\n").Append(SideBySide($"expected {_name}", _expected.ToString(), $"your {_name}", actual.ToString()));
        var hint = _mistakes.FirstOrDefault(m => Close(actual, m.Lookalike, LookalikeTolerance))?.Hint ?? _fallbackHint;
        if (hint.Length > 0)
        {
            message.Append("\n\nHint: ").Append(hint);
        }

        return message.ToString();
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

    private static bool Close(Matrix actual, Matrix expected, double tolerance)
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

    private sealed class MatrixConstraintResult(IConstraint constraint, object? actual, bool success, string message)
        : ConstraintResult(constraint, actual, success)
    {
        public override void WriteMessageTo(MessageWriter writer) => writer.WriteLine(message);
    }
}
