using System.Globalization;

namespace Initialization.Experiments;

/// <summary>Accuracies as percentages: "99%", "99.3%".</summary>
internal static class Percent
{
    public static string Format(double fraction, int decimals) =>
        (fraction * 100).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) + "%";
}
