using Initialization.Shared;
using Initialization.Shared.Model;

namespace Initialization.Experiments;

/// <summary>Trains the course's network from given initial parameters and evaluates it, as the notebook's cells do.</summary>
public static class ExperimentTrainer
{
    /// <summary>Trains on the training set and predicts both sets.</summary>
    /// <param name="experiment">The experiment being run.</param>
    /// <param name="initialParameters">The initializer's parameters for the model's layer sizes.</param>
    /// <param name="data">The two-circles data.</param>
    /// <param name="options">Iterations and learning rate.</param>
    /// <param name="onCost">Called with each reported cost (every 1000 iterations).</param>
    /// <returns>The trained model's result.</returns>
    public static ExperimentResult Train(Experiment experiment, IReadOnlyDictionary<string, Matrix> initialParameters, CirclesData data, RunnerOptions options, Action<CostReport>? onCost)
    {
        ArgumentNullException.ThrowIfNull(experiment);
        ArgumentNullException.ThrowIfNull(initialParameters);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(options);

        var training = new TrainingOptions { Iterations = options.Iterations, LearningRate = options.LearningRate };
        // The initializer was already called (and checked) for these sizes; hand its result to the model.
        var trained = NeuralNetwork.Train(data.TrainX, data.TrainY, _ => initialParameters.ToDictionary(), training, onCost);
        var trainPredictions = NeuralNetwork.Predict(data.TrainX, trained.Parameters);
        var testPredictions = NeuralNetwork.Predict(data.TestX, trained.Parameters);
        return new ExperimentResult
        {
            Experiment = experiment,
            Status = InitializerStatus.Succeeded,
            Parameters = trained.Parameters,
            Costs = trained.Costs,
            TrainPredictions = trainPredictions,
            TestPredictions = testPredictions,
            TrainAccuracy = NeuralNetwork.Accuracy(trainPredictions, data.TrainY),
            TestAccuracy = NeuralNetwork.Accuracy(testPredictions, data.TestY),
        };
    }
}
