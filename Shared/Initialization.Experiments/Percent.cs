using System.Globalization;

namespace Initialization.Experiments;

/// <summary>Accuracies as percentages, honest to two decimals: "50%", "99.33%", "99.67%" (never rounded up to "100%" or down to "0%").</summary>
internal static class Percent
{
    public static string Format(double fraction)
    {
        var percent = Math.Round(fraction * 100, 2, MidpointRounding.AwayFromZero);
        if (percent >= 100 && fraction < 1)
        {
            percent = 99.99;
        }
        else if (percent <= 0 && fraction > 0)
        {
            percent = 0.01;
        }

        return percent.ToString("0.##", CultureInfo.InvariantCulture) + "%";
    }
}
