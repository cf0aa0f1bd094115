using Initialization.Experiments.Plots;
using Initialization.Shared;

namespace Initialization.Experiments.Tests;

public class DecisionBoundaryPlotTests
{
    [Test]
    public void PredictedRegions_RowZeroIsTheTopOfThePlot()
    {
        // A network that predicts 1 exactly where x2 > 0.01: the upper half of the grid.
        var parameters = TestInitializers.Zeros([2, 10, 5, 1]);
        parameters["W1"][0, 1] = 1;
        parameters["W2"][0, 0] = 1;
        parameters["W3"][0, 0] = 100;
        parameters["b3"][0, 0] = -1;

        var regions = DecisionBoundaryPlot.PredictedRegions(parameters);

        var n = regions.GetLength(0);
        Assert.That(n, Is.EqualTo(301), "a grid step of 0.01 over [-1.5, 1.5]");
        Assert.That(regions[0, 0], Is.EqualTo(1.0), "top row: x2 = 1.5");
        Assert.That(regions[n - 1, n - 1], Is.EqualTo(0.0), "bottom row: x2 = -1.5");
        Assert.That(regions[(n / 2) - 2, 0], Is.EqualTo(1.0), "x2 = 0.02");
        Assert.That(regions[n / 2, 0], Is.EqualTo(0.0), "x2 = 0");
    }
}
