using ScottPlot;

namespace Initialization.Experiments.Plots;

/// <summary>Colours and sizes shared by the plots.</summary>
public static class PlotStyle
{
    /// <summary>Width of every PNG, in pixels.</summary>
    public const int Width = 640;

    /// <summary>Height of every PNG, in pixels.</summary>
    public const int Height = 560;

    /// <summary>Label 0, the outer circle (the course's red dots).</summary>
    public static Color Outer { get; } = Color.FromHex("#D62728");

    /// <summary>Label 1, the inner circle (the course's blue dots).</summary>
    public static Color Inner { get; } = Color.FromHex("#1F77B4");

    /// <summary>A new plot with the embedded font on every label.</summary>
    /// <returns>An empty plot.</returns>
    public static Plot NewPlot()
    {
        PlotFonts.EnsureRegistered();
        var plot = new Plot();
        plot.Font.Set(PlotFonts.Family);
        return plot;
    }
}
