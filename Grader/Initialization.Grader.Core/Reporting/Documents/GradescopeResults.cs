using Newtonsoft.Json;

namespace Initialization.Grader.Reporting.Documents;

/// <summary>
/// Gradescope's results.json, as <see cref="GradescopeReport"/> writes it and reads it back.
/// Every field is optional in Gradescope's format, so each is nullable: a record read back may
/// lack any of them, while the kit always writes them all.
/// </summary>
public sealed record GradescopeResults
{
    /// <summary>Points earned (rounded to four decimals).</summary>
    [JsonProperty("score", Order = 1)]
    public double? Score { get; init; }

    /// <summary>Points available (rounded to four decimals).</summary>
    [JsonProperty("max_score", Order = 2)]
    public double? MaxScore { get; init; }

    /// <summary>Seconds grading took (rounded to milliseconds): the only field that varies between runs.</summary>
    [JsonProperty("execution_time", Order = 3)]
    public double? ExecutionTime { get; init; }

    /// <summary>The text shown above the tests: the summary and what the student's code printed.</summary>
    [JsonProperty("output", Order = 4)]
    public string? Output { get; init; }

    /// <summary>How <see cref="Output"/> is shown ("text").</summary>
    [JsonProperty("output_format", Order = 5)]
    public string? OutputFormat { get; init; }

    /// <summary>When students see the score ("visible").</summary>
    [JsonProperty("visibility", Order = 6)]
    public string? Visibility { get; init; }

    /// <summary>Whether students see the autograder's standard output ("hidden").</summary>
    [JsonProperty("stdout_visibility", Order = 7)]
    public string? StdoutVisibility { get; init; }

    /// <summary>One entry per hidden test, grouped by method.</summary>
    [JsonProperty("tests", Order = 8)]
    public IReadOnlyList<GradescopeTest>? Tests { get; init; }

    /// <summary>
    /// Gradescope's free-form extra data: written only for a grader fault, so that a batch record
    /// read back says so and the student is graded again (absent otherwise).
    /// </summary>
    [JsonProperty("extra_data", Order = 9, NullValueHandling = NullValueHandling.Ignore)]
    public GradescopeExtraData? ExtraData { get; init; }
}

/// <summary>What <see cref="GradescopeResults.ExtraData"/> holds.</summary>
public sealed record GradescopeExtraData
{
    /// <summary>True when the result is a fault of the grader, not a grade.</summary>
    [JsonProperty("grader_fault", Order = 1)]
    public bool GraderFault { get; init; }
}

/// <summary>One hidden test in <see cref="GradescopeResults.Tests"/>.</summary>
public sealed record GradescopeTest
{
    /// <summary>The test's readable name.</summary>
    [JsonProperty("name", Order = 1)]
    public string? Name { get; init; }

    /// <summary>"m.i", both counted from 1 (e.g. "2.3"): the method's place among the document's methods and the test's place within its method.</summary>
    [JsonProperty("number", Order = 2)]
    public string? Number { get; init; }

    /// <summary>Points earned.</summary>
    [JsonProperty("score", Order = 3)]
    public double? Score { get; init; }

    /// <summary>Points it is worth.</summary>
    [JsonProperty("max_score", Order = 4)]
    public double? MaxScore { get; init; }

    /// <summary>"passed" or "failed".</summary>
    [JsonProperty("status", Order = 5)]
    public string? Status { get; init; }

    /// <summary>What the test says to the student: its feedback, or "Passed.".</summary>
    [JsonProperty("output", Order = 6)]
    public string? Output { get; init; }

    /// <summary>When students see this test (the exercise pack's visibility).</summary>
    [JsonProperty("visibility", Order = 7)]
    public string? Visibility { get; init; }

    /// <summary>The graded method the test belongs to (one tag).</summary>
    [JsonProperty("tags", Order = 8)]
    public IReadOnlyList<string?>? Tags { get; init; }
}
