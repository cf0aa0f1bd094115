using Initialization.Shared;
using Initialization.Shared.Model;

namespace Initialization.Experiments;

/// <summary>What one experiment produced: a trained model, or why it was skipped.</summary>
public sealed record ExperimentResult
{
    /// <summary>The experiment this is the result of.</summary>
    public required Experiment Experiment { get; init; }

    /// <summary>Succeeded when the model was trained; otherwise why the initializer could not be used.</summary>
    public required InitializerStatus Status { get; init; }

    /// <summary>Why the model was not trained; null when it was.</summary>
    public string? Problem { get; init; }

    /// <summary>The trained model's parameters; null when it was not trained.</summary>
    public IReadOnlyDictionary<string, Matrix>? Parameters { get; init; }

    /// <summary>The cost at iterations 0, 1000, 2000, … (may contain +∞ or NaN).</summary>
    public IReadOnlyList<CostReport> Costs { get; init; } = [];

    /// <summary>Predicted labels (0 or 1) for the training set: (1, 300).</summary>
    public Matrix? TrainPredictions { get; init; }

    /// <summary>Predicted labels (0 or 1) for the test set: (1, 100).</summary>
    public Matrix? TestPredictions { get; init; }

    /// <summary>Fraction of training examples predicted right.</summary>
    public double TrainAccuracy { get; init; }

    /// <summary>Fraction of test examples predicted right.</summary>
    public double TestAccuracy { get; init; }

    /// <summary>The plot files written for this experiment.</summary>
    public IReadOnlyList<string> PlotFiles { get; init; } = [];

    /// <summary>Whether the model was trained.</summary>
    public bool Trained => Status == InitializerStatus.Succeeded;

    /// <summary>A result for an experiment whose initializer could not be used.</summary>
    /// <param name="experiment">The experiment.</param>
    /// <param name="outcome">The failed call.</param>
    /// <returns>A result with <see cref="Problem"/> set.</returns>
    public static ExperimentResult Skipped(Experiment experiment, InitializerOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return new ExperimentResult { Experiment = experiment, Status = outcome.Status, Problem = outcome.Message };
    }
}
