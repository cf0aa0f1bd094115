using ScottPlot;
using SkiaSharp;

namespace Initialization.Experiments.Plots;

/// <summary>
/// The font every plot uses: DejaVu Sans, embedded in this assembly. ScottPlot's Linux drawing
/// library reads no fontconfig and finds no fonts on minimal machines (containers, WSL, CI), where
/// plots would otherwise have no text at all; an embedded font renders the same everywhere.
/// </summary>
internal static class PlotFonts
{
    /// <summary>The family name plots ask for.</summary>
    public const string Family = "DejaVu Sans (kit)";

    private static readonly Lazy<SKTypeface> s_regular = new(() => Load("DejaVuSans.ttf"));
    private static readonly Lazy<SKTypeface> s_bold = new(() => Load("DejaVuSans-Bold.ttf"));
    private static readonly Lazy<bool> s_registered = new(Register);

    /// <summary>Makes <see cref="Family"/> available to ScottPlot (once per process).</summary>
    public static void EnsureRegistered() => _ = s_registered.Value;

    private static bool Register()
    {
        Fonts.FontResolvers.Insert(0, new EmbeddedFontResolver());
        return true;
    }

    private static SKTypeface Load(string fileName)
    {
        var name = $"Initialization.Experiments.Fonts.{fileName}";
        using var stream = typeof(PlotFonts).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The font {name} is not embedded in {typeof(PlotFonts).Assembly.GetName().Name}.");
        return SKTypeface.FromStream(stream);
    }

    private sealed class EmbeddedFontResolver : IFontResolver
    {
        public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) =>
            fontName == Family ? (bold ? s_bold.Value : s_regular.Value) : null;

        public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing width) =>
            CreateTypeface(fontName, weight >= FontWeight.SemiBold, slant != FontSlant.Upright);
    }
}
