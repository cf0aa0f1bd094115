using Newtonsoft.Json;

namespace Initialization.Grader.Reporting.Documents;

/// <summary>The body of an LTI 1.3 Assignment and Grade Services score publish, as <see cref="LtiAgsScoreFormat"/> writes it.</summary>
public sealed record LtiAgsScore
{
    /// <summary>The learner's LTI user id.</summary>
    [JsonProperty("userId", Order = 1)]
    public required string UserId { get; init; }

    /// <summary>Points earned (rounded to four decimals); absent when not graded, so the platform keeps its grade.</summary>
    [JsonProperty("scoreGiven", Order = 2, NullValueHandling = NullValueHandling.Ignore)]
    public double? ScoreGiven { get; init; }

    /// <summary>Points available (rounded to four decimals); absent when not graded.</summary>
    [JsonProperty("scoreMaximum", Order = 3, NullValueHandling = NullValueHandling.Ignore)]
    public double? ScoreMaximum { get; init; }

    /// <summary>The summary, cut to what a comment box holds.</summary>
    [JsonProperty("comment", Order = 4)]
    public required string Comment { get; init; }

    /// <summary>When grading finished, as <see cref="LtiAgsScoreFormat.Timestamp"/> writes it.</summary>
    [JsonProperty("timestamp", Order = 5)]
    public required string Timestamp { get; init; }

    /// <summary>The learner's progress ("Completed").</summary>
    [JsonProperty("activityProgress", Order = 6)]
    public required string ActivityProgress { get; init; }

    /// <summary>"FullyGraded", or "Failed" when the submission could not be graded or the grader failed.</summary>
    [JsonProperty("gradingProgress", Order = 7)]
    public required string GradingProgress { get; init; }
}
