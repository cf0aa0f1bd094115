using System.Globalization;
using System.Numerics;
using System.Text;

namespace Initialization.Shared;

/// <summary>
/// numpy's <c>str(array)</c> for 2-D float64 arrays with the default print options
/// (precision 8, <c>floatmode='maxprec'</c>, line width 75, summarizing above 1000 values with
/// 3 edge items), so students can compare the kit's output with the course's by eye.
/// </summary>
/// <remarks>
/// This follows numpy's <c>arrayprint.py</c>: <c>FloatingFormat.fillFormat</c> decides between
/// positional and scientific notation and the padding from all the (shown) finite values, then
/// <c>_formatArray</c> wraps rows at the line width. Digits are the shortest that round-trip,
/// cut to the precision with round-half-even on the exact binary value, as Dragon4 does.
/// </remarks>
internal static class NumpyFormat
{
    private const int Precision = 8;
    private const int LineWidth = 75;
    private const int SummaryThreshold = 1000;
    private const int EdgeItems = 3;
    private const string SummaryInsert = "...";

    public static string Format(Matrix matrix)
    {
        var summarize = matrix.Size > SummaryThreshold;
        var rowIndices = ShownIndices(matrix.Rows, summarize);
        var colIndices = ShownIndices(matrix.Cols, summarize);

        var shown = new List<double>();
        foreach (var r in rowIndices)
        {
            foreach (var c in colIndices)
            {
                shown.Add(matrix[r, c]);
            }
        }

        var format = FloatFormat.Create(shown);
        var text = new StringBuilder("[");
        const string RowIndent = " ";
        for (var i = 0; i < rowIndices.Count; i++)
        {
            if (i > 0)
            {
                text.Append('\n').Append(RowIndent);
            }

            if (summarize && matrix.Rows > 2 * EdgeItems && i == EdgeItems)
            {
                text.Append(SummaryInsert).Append('\n').Append(RowIndent);
            }

            text.Append(FormatRow(matrix, rowIndices[i], colIndices, format, summarize && matrix.Cols > 2 * EdgeItems));
        }

        return text.Append(']').ToString();
    }

    /// <summary>The row indices (or column indices) numpy shows: all, or the first and last three.</summary>
    private static List<int> ShownIndices(int count, bool summarize)
    {
        var indices = new List<int>();
        if (summarize && count > 2 * EdgeItems)
        {
            for (var i = 0; i < EdgeItems; i++)
            {
                indices.Add(i);
            }

            for (var i = count - EdgeItems; i < count; i++)
            {
                indices.Add(i);
            }
        }
        else
        {
            for (var i = 0; i < count; i++)
            {
                indices.Add(i);
            }
        }

        return indices;
    }

    /// <summary>One row as numpy's <c>_formatArray</c> lays out the last axis, wrapping long rows.</summary>
    private static string FormatRow(Matrix matrix, int row, List<int> colIndices, FloatFormat format, bool summarizeColumns)
    {
        // Inside a 2-D array a row hangs two characters in ("[[" or " ["), and numpy keeps room for "]".
        const string HangingIndent = "  ";
        const int ElementWidth = LineWidth - 1 - 1;

        var text = new StringBuilder();
        var line = new StringBuilder(HangingIndent);
        for (var i = 0; i < colIndices.Count; i++)
        {
            if (summarizeColumns && i == EdgeItems)
            {
                ExtendLine(text, line, SummaryInsert, ElementWidth, HangingIndent);
                line.Append(' ');
            }

            ExtendLine(text, line, format.Format(matrix[row, colIndices[i]]), ElementWidth, HangingIndent);
            if (i < colIndices.Count - 1)
            {
                line.Append(' ');
            }
        }

        text.Append(line);
        return "[" + text.ToString(HangingIndent.Length, text.Length - HangingIndent.Length) + "]";
    }

    private static void ExtendLine(StringBuilder text, StringBuilder line, string word, int width, string hangingIndent)
    {
        var needsWrap = line.Length + word.Length > width && line.Length > hangingIndent.Length;
        if (needsWrap)
        {
            text.Append(line.ToString().TrimEnd()).Append('\n');
            line.Clear().Append(hangingIndent);
        }

        line.Append(word);
    }

    /// <summary>The shared layout of every value in one array: notation, digits and padding.</summary>
    private sealed class FloatFormat
    {
        private bool _scientific;
        private int _precision = Precision;
        private int _padLeft;
        private int _padRight;
        private int _exponentDigits;

        public static FloatFormat Create(List<double> values)
        {
            var format = new FloatFormat();
            var finite = values.Where(double.IsFinite).ToList();
            var nonZero = finite.Where(v => v != 0.0).Select(Math.Abs).ToList();
            if (nonZero.Count > 0)
            {
                var max = nonZero.Max();
                var min = nonZero.Min();
                format._scientific = max >= 1e8 || min < 0.0001 || max / min > 1000.0;
            }

            if (finite.Count == 0)
            {
                format._padLeft = 0;
                format._padRight = 0;
            }
            else if (format._scientific)
            {
                var parts = finite.Select(v => Decimal(v).Scientific(Precision)).ToList();
                format._precision = parts.Max(p => p.Fraction.Length);
                format._exponentDigits = parts.Max(p => p.Exponent.Length - 1);
                format._padLeft = parts.Max(p => p.Integer.Length);
                format._padRight = format._exponentDigits + 2 + format._precision;
            }
            else
            {
                var parts = finite.Select(v => Decimal(v).Positional(Precision)).ToList();
                format._padLeft = parts.Max(p => p.Integer.Length);
                format._padRight = parts.Max(p => p.Fraction.Length);
            }

            if (finite.Count != values.Count)
            {
                var negativeInfinity = values.Any(double.IsNegativeInfinity) ? 1 : 0;
                var offset = format._padRight + 1;
                format._padLeft = Math.Max(format._padLeft, Math.Max("nan".Length - offset, "inf".Length + negativeInfinity - offset));
            }

            return format;
        }

        public string Format(double value)
        {
            if (!double.IsFinite(value))
            {
                var word = double.IsNaN(value) ? "nan" : value < 0 ? "-inf" : "inf";
                return word.PadLeft(_padLeft + _padRight + 1);
            }

            if (_scientific)
            {
                var (integer, fraction, exponent) = Decimal(value).Scientific(Precision);
                var digits = fraction.PadRight(_precision, '0');
                var sign = exponent[0];
                var exponentDigits = exponent[1..].PadLeft(_exponentDigits, '0');
                return integer.PadLeft(_padLeft) + "." + digits + "e" + sign + exponentDigits;
            }

            var (whole, part) = Decimal(value).Positional(Precision);
            return whole.PadLeft(_padLeft) + "." + part.PadRight(_padRight);
        }
    }

    private static DecimalDigits Decimal(double value) => DecimalDigits.Of(value);

    /// <summary>
    /// A finite double as sign, significant digits and decimal exponent: value = 0.d1d2d3... * 10^Exponent.
    /// </summary>
    private readonly record struct DecimalDigits(bool Negative, string Digits, int Exponent, double Value)
    {
        /// <summary>The shortest digits that round-trip (what Dragon4's unique mode produces).</summary>
        public static DecimalDigits Of(double value)
        {
            var negative = double.IsNegative(value);
            var magnitude = Math.Abs(value);
            if (magnitude == 0.0)
            {
                return new DecimalDigits(negative, "0", 1, value);
            }

            // "E16" would not be shortest; "R" is the shortest round-trip form on .NET Core 3.0 and later.
            var text = magnitude.ToString("R", CultureInfo.InvariantCulture);
            var exponent = 0;
            var e = text.IndexOfAny(['E', 'e']);
            if (e >= 0)
            {
                exponent = int.Parse(text[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
                text = text[..e];
            }

            var point = text.IndexOf('.');
            var integerDigits = point < 0 ? text.Length : point;
            var digits = text.Replace(".", string.Empty, StringComparison.Ordinal);
            var leadingZeros = digits.Length - digits.TrimStart('0').Length;
            digits = digits.Trim('0');
            return new DecimalDigits(negative, digits, exponent + integerDigits - leadingZeros, value);
        }

        /// <summary>Positional notation with at most <paramref name="precision"/> fraction digits, trailing zeros trimmed.</summary>
        public (string Integer, string Fraction) Positional(int precision)
        {
            var digits = Digits;
            var exponent = Exponent;
            if (Digits != "0" && Digits.Length - Exponent > precision)
            {
                (digits, exponent) = RoundExact(precision, fractional: true);
            }

            string integer, fraction;
            if (digits == "0")
            {
                integer = "0";
                fraction = string.Empty;
            }
            else if (exponent <= 0)
            {
                integer = "0";
                fraction = new string('0', -exponent) + digits;
            }
            else if (exponent >= digits.Length)
            {
                integer = digits + new string('0', exponent - digits.Length);
                fraction = string.Empty;
            }
            else
            {
                integer = digits[..exponent];
                fraction = digits[exponent..];
            }

            fraction = fraction.TrimEnd('0');
            return ((Negative ? "-" : string.Empty) + integer, fraction);
        }

        /// <summary>Scientific notation with at most <paramref name="precision"/> fraction digits; exponent as "+05".</summary>
        public (string Integer, string Fraction, string Exponent) Scientific(int precision)
        {
            var digits = Digits;
            var exponent = Exponent;
            if (Digits != "0" && Digits.Length > precision + 1)
            {
                (digits, exponent) = RoundExact(precision + 1, fractional: false);
            }

            var power = digits == "0" ? 0 : exponent - 1;
            var fraction = digits.Length > 1 ? digits[1..].TrimEnd('0') : string.Empty;
            var exponentText = (power < 0 ? "-" : "+") + Math.Abs(power).ToString("00", CultureInfo.InvariantCulture);
            return ((Negative ? "-" : string.Empty) + digits[..1], fraction, exponentText);
        }

        /// <summary>
        /// Rounds |Value| exactly (round half to even on its binary value) to <paramref name="count"/>
        /// digits after the point (<paramref name="fractional"/>) or to <paramref name="count"/>
        /// significant digits, returning the digits without trailing zeros and their exponent.
        /// </summary>
        private (string Digits, int Exponent) RoundExact(int count, bool fractional)
        {
            var bits = BitConverter.DoubleToInt64Bits(Math.Abs(Value));
            var biased = (int)((bits >> 52) & 0x7FF);
            var mantissa = bits & 0xFFFFFFFFFFFFFL;
            if (biased == 0)
            {
                biased = 1;
            }
            else
            {
                mantissa |= 1L << 52;
            }

            // |value| = numerator / denominator exactly.
            var binaryExponent = biased - 1075;
            var numerator = new BigInteger(mantissa);
            var denominator = BigInteger.One;
            if (binaryExponent > 0)
            {
                numerator <<= binaryExponent;
            }
            else
            {
                denominator <<= -binaryExponent;
            }

            // Scale so that the digits we keep are the integer part: multiply by 10^shift.
            var shift = fractional ? count : count - Exponent;
            if (shift >= 0)
            {
                numerator *= BigInteger.Pow(10, shift);
            }
            else
            {
                denominator *= BigInteger.Pow(10, -shift);
            }

            var quotient = BigInteger.DivRem(numerator, denominator, out var remainder);
            var twice = remainder * 2;
            if (twice > denominator || (twice == denominator && !quotient.IsEven))
            {
                quotient += 1;
            }

            if (quotient.IsZero)
            {
                return ("0", 1);
            }

            var text = quotient.ToString(CultureInfo.InvariantCulture);
            var exponent = text.Length - shift;
            return (text.TrimEnd('0') is { Length: > 0 } trimmed ? trimmed : "0", exponent);
        }
    }
}
