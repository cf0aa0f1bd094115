namespace Initialization.Shared.Model;

/// <summary>How <see cref="NeuralNetwork.Train"/> runs gradient descent; the defaults are the course's.</summary>
public sealed record TrainingOptions
{
    /// <summary>Step size of gradient descent (the course's 0.01).</summary>
    public double LearningRate { get; init; } = 0.01;

    /// <summary>Number of gradient-descent iterations (the course's 15000).</summary>
    public int Iterations { get; init; } = 15000;

    /// <summary>The cost is computed and reported at every iteration divisible by this (the course's 1000).</summary>
    public int ReportEvery { get; init; } = 1000;

    /// <summary>The course's settings: learning rate 0.01, 15000 iterations, cost every 1000.</summary>
    public static TrainingOptions Course { get; } = new();

    internal void Validate()
    {
        if (!(LearningRate > 0.0) || double.IsInfinity(LearningRate))
        {
            throw new ArgumentOutOfRangeException(nameof(LearningRate), LearningRate, "The learning rate must be a positive, finite number (the course uses 0.01).");
        }

        if (Iterations < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(Iterations), Iterations, "The number of iterations must be zero or more (the course uses 15000).");
        }

        if (ReportEvery < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(ReportEvery), ReportEvery, "ReportEvery must be at least 1 (the course reports every 1000 iterations).");
        }
    }
}
