using System.Globalization;

namespace Initialization.Experiments;

/// <summary>Formats a double the way Python's <c>str(float)</c> does, so costs print as in the notebook.</summary>
public static class PythonFloat
{
    /// <summary>The shortest text that reads back as <paramref name="value"/>: "0.6931471805599453", "inf", "nan", "1.0", "1e-05".</summary>
    /// <param name="value">The number.</param>
    /// <returns>Python's spelling of it.</returns>
    public static string Format(double value)
    {
        if (double.IsNaN(value))
        {
            return "nan";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "inf" : "-inf";
        }

        // .NET's "R" finds the same shortest digits as Python; only the layout differs, so
        // take the digits and the decimal exponent and lay them out as Python does.
        var (digits, exponent) = DigitsAndExponent(Math.Abs(value).ToString("R", CultureInfo.InvariantCulture));
        var sign = value < 0 || (value == 0 && double.IsNegative(value)) ? "-" : "";
        if (exponent is < -4 or >= 16)
        {
            var mantissa = digits.Length == 1 ? digits : $"{digits[0]}.{digits[1..]}";
            return $"{sign}{mantissa}e{(exponent < 0 ? '-' : '+')}{Math.Abs(exponent):00}";
        }

        if (exponent < 0)
        {
            return $"{sign}0.{new string('0', -exponent - 1)}{digits}";
        }

        var whole = digits.Length > exponent + 1 ? digits[..(exponent + 1)] : digits.PadRight(exponent + 1, '0');
        var fraction = digits.Length > exponent + 1 ? digits[(exponent + 1)..] : "0";
        return $"{sign}{whole}.{fraction}";
    }

    // "1.5E-07" → ("15", -7); "12345.678" → ("12345678", 4); "0.001" → ("1", -3); "0" → ("0", 0).
    private static (string Digits, int Exponent) DigitsAndExponent(string text)
    {
        var e = text.IndexOf('E', StringComparison.Ordinal);
        var power = e < 0 ? 0 : int.Parse(text[(e + 1)..], CultureInfo.InvariantCulture);
        var mantissa = e < 0 ? text : text[..e];
        var point = mantissa.IndexOf('.', StringComparison.Ordinal);
        var whole = point < 0 ? mantissa : mantissa[..point];
        var fraction = point < 0 ? "" : mantissa[(point + 1)..];
        var all = whole + fraction;
        var leadingZeros = all.Length - all.TrimStart('0').Length;
        var digits = all.Trim('0');
        if (digits.Length == 0)
        {
            return ("0", 0);
        }

        return (digits, power + whole.Length - 1 - leadingZeros);
    }
}
