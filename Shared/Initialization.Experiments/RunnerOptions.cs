using Initialization.Shared.Model;

namespace Initialization.Experiments;

/// <summary>What the runner does, from its command line.</summary>
public sealed record RunnerOptions
{
    /// <summary>The folder for the plots when --out is not given, relative to the current folder.</summary>
    public const string DefaultOutputDirectory = "out/plots";

    /// <summary>Where the PNG plots go (created when missing).</summary>
    public string OutputDirectory { get; init; } = DefaultOutputDirectory;

    /// <summary>Gradient-descent iterations per model (the course's 15000).</summary>
    public int Iterations { get; init; } = TrainingOptions.Course.Iterations;

    /// <summary>Gradient-descent step size (the course's 0.01).</summary>
    public double LearningRate { get; init; } = TrainingOptions.Course.LearningRate;

    /// <summary>Whether to write the PNG plots.</summary>
    public bool WritePlots { get; init; } = true;

    /// <summary>Print only a JSON summary (no plots, no other output).</summary>
    public bool Json { get; init; }
}
