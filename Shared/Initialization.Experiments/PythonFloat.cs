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

        // .NET's "R" gives the same shortest digits as Python; only the spelling differs.
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        var e = text.IndexOf('E', StringComparison.Ordinal);
        if (e < 0)
        {
            return text.Contains('.', StringComparison.Ordinal) ? text : text + ".0";
        }

        var power = int.Parse(text[(e + 1)..], CultureInfo.InvariantCulture);
        if (power is >= -4 and < 16)
        {
            // .NET switches to exponents at 1e15, Python at 1e16.
            var positional = ((decimal)value).ToString(CultureInfo.InvariantCulture);
            return positional.Contains('.', StringComparison.Ordinal) ? positional : positional + ".0";
        }

        return $"{text[..e]}e{(power < 0 ? '-' : '+')}{Math.Abs(power):00}";
    }
}
