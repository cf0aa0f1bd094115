namespace Initialization.Shared.Model;

/// <summary>What <see cref="NeuralNetwork.Train"/> returns: the trained parameters and the reported costs.</summary>
public sealed class TrainingResult
{
    internal TrainingResult(IReadOnlyDictionary<string, Matrix> parameters, IReadOnlyList<CostReport> costs)
    {
        Parameters = parameters;
        Costs = costs;
    }

    /// <summary>The trained weights and biases: W1, b1, W2, b2, W3, b3.</summary>
    public IReadOnlyDictionary<string, Matrix> Parameters { get; }

    /// <summary>The cost at iterations 0, 1000, 2000, … (every <see cref="TrainingOptions.ReportEvery"/>).</summary>
    public IReadOnlyList<CostReport> Costs { get; }
}
