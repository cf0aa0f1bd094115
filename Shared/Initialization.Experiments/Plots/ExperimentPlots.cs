using Initialization.Shared;

namespace Initialization.Experiments.Plots;

/// <summary>Writes both plots of a trained experiment: its cost curve and its decision boundary.</summary>
public static class ExperimentPlots
{
    /// <summary>The cost curve's file name for an experiment key, e.g. "he-cost.png".</summary>
    /// <param name="key">The experiment's key.</param>
    /// <returns>The file name.</returns>
    public static string CostFileName(string key) => $"{key}-cost.png";

    /// <summary>The decision boundary's file name for an experiment key, e.g. "he-decision-boundary.png".</summary>
    /// <param name="key">The experiment's key.</param>
    /// <returns>The file name.</returns>
    public static string BoundaryFileName(string key) => $"{key}-decision-boundary.png";

    /// <summary>Writes the two PNGs of <paramref name="result"/> into <paramref name="directory"/>.</summary>
    /// <param name="result">A trained experiment.</param>
    /// <param name="data">The data it was trained on (the training points are drawn).</param>
    /// <param name="learningRate">The learning rate, for the cost plot's title.</param>
    /// <param name="directory">The output folder (created when missing).</param>
    /// <returns>The full paths of the files written.</returns>
    public static IReadOnlyList<string> Write(ExperimentResult result, CirclesData data, double learningRate, string directory)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(data);
        if (!result.Trained || result.Parameters is null)
        {
            throw new ArgumentException($"{result.Experiment.Title} was not trained, so it has nothing to plot.", nameof(result));
        }

        var folder = Path.GetFullPath(directory);
        Directory.CreateDirectory(folder);
        var cost = Path.Combine(folder, CostFileName(result.Experiment.Key));
        var boundary = Path.Combine(folder, BoundaryFileName(result.Experiment.Key));
        CostPlot.Save(result.Costs, result.Experiment.Title, learningRate, cost);
        var accuracy = $"train accuracy {Percent.Format(result.TrainAccuracy)}, test {Percent.Format(result.TestAccuracy)}";
        DecisionBoundaryPlot.Save(result.Parameters, data.TrainX, data.TrainY, $"{result.Experiment.Title}\n{accuracy}", boundary);
        return [cost, boundary];
    }
}
