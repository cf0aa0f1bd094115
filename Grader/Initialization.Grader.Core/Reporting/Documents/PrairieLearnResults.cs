using Newtonsoft.Json;

namespace Initialization.Grader.Reporting.Documents;

/// <summary>PrairieLearn's external-grader results.json, as <see cref="PrairieLearnFormat"/> writes it.</summary>
public sealed record PrairieLearnResults
{
    /// <summary>False when the submission could not be graded or the grader failed: the attempt does not count.</summary>
    [JsonProperty("gradable", Order = 1)]
    public required bool Gradable { get; init; }

    /// <summary>The fraction of the points earned, in [0, 1] (rounded to six decimals; 0 when not gradable).</summary>
    [JsonProperty("score", Order = 2)]
    public required double Score { get; init; }

    /// <summary>The summary shown to the student.</summary>
    [JsonProperty("message", Order = 3)]
    public required string Message { get; init; }

    /// <summary>What the student's code printed.</summary>
    [JsonProperty("output", Order = 4)]
    public required string Output { get; init; }

    /// <summary>One entry per hidden test, in rubric order.</summary>
    [JsonProperty("tests", Order = 5)]
    public required IReadOnlyList<PrairieLearnTest> Tests { get; init; }
}

/// <summary>One hidden test in <see cref="PrairieLearnResults.Tests"/>.</summary>
public sealed record PrairieLearnTest
{
    /// <summary>The test's readable name.</summary>
    [JsonProperty("name", Order = 1)]
    public required string Name { get; init; }

    /// <summary>Points earned.</summary>
    [JsonProperty("points", Order = 2)]
    public required double Points { get; init; }

    /// <summary>Points it is worth.</summary>
    [JsonProperty("max_points", Order = 3)]
    public required double MaxPoints { get; init; }

    /// <summary>The verdict: the first line of what the test says.</summary>
    [JsonProperty("message", Order = 4)]
    public required string Message { get; init; }

    /// <summary>The whole feedback (matrices side by side), which PrairieLearn shows in a fixed-width block.</summary>
    [JsonProperty("output", Order = 5)]
    public required string Output { get; init; }
}
