using System.Globalization;
using Initialization.Shared.Model;

namespace Initialization.Experiments.Plots;

/// <summary>The learning curve: the cost at every reported iteration, as the notebook plots it.</summary>
public static class CostPlot
{
    /// <summary>Writes the cost curve of one model as a PNG.</summary>
    /// <param name="costs">The reported costs (non-finite ones are left out and mentioned in the subtitle).</param>
    /// <param name="title">The model's name, e.g. "He initialization".</param>
    /// <param name="learningRate">The learning rate, shown in the title as the notebook does.</param>
    /// <param name="path">The PNG file to write.</param>
    public static void Save(IReadOnlyList<CostReport> costs, string title, double learningRate, string path)
    {
        ArgumentNullException.ThrowIfNull(costs);
        var plot = PlotStyle.NewPlot();
        var finite = costs.Where(c => double.IsFinite(c.Cost)).ToList();
        var skipped = costs.Where(c => !double.IsFinite(c.Cost)).ToList();
        if (finite.Count > 0)
        {
            var line = plot.Add.Scatter(finite.Select(c => (double)c.Iteration).ToArray(), finite.Select(c => c.Cost).ToArray());
            line.LineWidth = 2;
            line.MarkerSize = 6;
            line.Color = PlotStyle.Inner;
            line.LegendText = "cost every 1000 iterations";
            plot.ShowLegend(ScottPlot.Alignment.UpperRight);
        }

        var rate = learningRate.ToString("R", CultureInfo.InvariantCulture);
        var note = skipped.Count == 0
            ? ""
            : $"\nnot drawn: cost {string.Join(", ", skipped.Select(c => $"{PythonFloat.Format(c.Cost)} at iteration {c.Iteration}"))}";
        plot.Title($"{title}: learning rate {rate}{note}", size: 16);
        plot.XLabel("iteration");
        plot.YLabel("cost");
        if (finite.Count > 0)
        {
            var high = finite.Max(c => c.Cost);
            plot.Axes.SetLimitsY(0, high > 0 ? high * 1.1 : 1);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        plot.SavePng(path, PlotStyle.Width, PlotStyle.Height);
    }
}
