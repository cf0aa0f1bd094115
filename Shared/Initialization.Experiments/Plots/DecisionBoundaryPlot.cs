using Initialization.Shared;
using Initialization.Shared.Model;
using ScottPlot;

namespace Initialization.Experiments.Plots;

/// <summary>
/// The model's decision boundary: the label it predicts at every point of a grid over
/// [-1.5, 1.5]², coloured as the data, with the training points on top.
/// </summary>
public static class DecisionBoundaryPlot
{
    /// <summary>Both axes span [-Limit, Limit], as in the notebook.</summary>
    public const double Limit = 1.5;

    /// <summary>Distance between grid points (the notebook's 0.01).</summary>
    public const double Step = 0.01;

    /// <summary>Writes the decision boundary of a trained model as a PNG.</summary>
    /// <param name="parameters">The trained W1, b1, … b3.</param>
    /// <param name="x">The training points, one per column: (2, m).</param>
    /// <param name="y">Their labels: (1, m).</param>
    /// <param name="title">The plot's title.</param>
    /// <param name="path">The PNG file to write.</param>
    public static void Save(IReadOnlyDictionary<string, Matrix> parameters, Matrix x, Matrix y, string title, string path)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        var plot = PlotStyle.NewPlot();

        var regions = plot.Add.Heatmap(PredictedRegions(parameters));
        regions.Colormap = new ScottPlot.Colormaps.Custom([PlotStyle.Outer.Lighten(0.6), PlotStyle.Inner.Lighten(0.6)]);
        regions.ManualRange = new ScottPlot.Range(0, 1);
        // Each cell is centred on its grid point.
        var half = Step / 2;
        regions.Position = new CoordinateRect(-Limit - half, Limit + half, -Limit - half, Limit + half);

        AddPoints(plot, x, y, label: 0, PlotStyle.Outer, "outer circle (y = 0)");
        AddPoints(plot, x, y, label: 1, PlotStyle.Inner, "inner circle (y = 1)");

        plot.Title(title, size: 16);
        plot.XLabel("x1");
        plot.YLabel("x2");
        plot.Axes.SetLimits(-Limit, Limit, -Limit, Limit);
        plot.ShowLegend(Alignment.UpperRight);

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        // A square image keeps the circles round (the data area is close to square).
        plot.SavePng(path, PlotStyle.Width, PlotStyle.Width);
    }

    /// <summary>The predicted label at each grid point; row 0 is the top (x2 = Limit), as an image.</summary>
    /// <param name="parameters">The trained parameters.</param>
    /// <returns>A square array of 0.0 and 1.0.</returns>
    internal static double[,] PredictedRegions(IReadOnlyDictionary<string, Matrix> parameters)
    {
        var n = (int)Math.Round(2 * Limit / Step) + 1;
        var xs = new double[n];
        var ys = new double[n];
        for (var i = 0; i < n; i++)
        {
            xs[i] = -Limit + (i * Step);
            ys[i] = Limit - (i * Step);
        }

        return NeuralNetwork.PredictGrid(xs, ys, parameters).ToArray2D();
    }

    private static void AddPoints(Plot plot, Matrix x, Matrix y, int label, Color color, string legend)
    {
        var xs = new List<double>();
        var ys = new List<double>();
        for (var i = 0; i < x.Cols; i++)
        {
            if ((int)y[0, i] == label)
            {
                xs.Add(x[0, i]);
                ys.Add(x[1, i]);
            }
        }

        var points = plot.Add.ScatterPoints(xs.ToArray(), ys.ToArray());
        points.Color = color;
        points.MarkerSize = 7;
        points.MarkerShape = MarkerShape.FilledCircle;
        points.MarkerLineColor = Colors.Black;
        points.LegendText = legend;
    }
}
