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

    /// <summary>How <see cref="Output"/> is shown ("md": Markdown).</summary>
    [JsonProperty("output_format", Order = 5)]
    public string? OutputFormat { get; init; }

    /// <summary>How each test's output is shown ("md": Markdown).</summary>
    [JsonProperty("test_output_format", Order = 6, NullValueHandling = NullValueHandling.Ignore)]
    public string? TestOutputFormat { get; init; }

    /// <summary>How each test's name is shown ("text": as it is).</summary>
    [JsonProperty("test_name_format", Order = 7, NullValueHandling = NullValueHandling.Ignore)]
    public string? TestNameFormat { get; init; }

    /// <summary>When students see the score ("visible").</summary>
    [JsonProperty("visibility", Order = 8)]
    public string? Visibility { get; init; }

    /// <summary>Whether students see the autograder's standard output ("hidden").</summary>
    [JsonProperty("stdout_visibility", Order = 9)]
    public string? StdoutVisibility { get; init; }

    /// <summary>One entry per hidden test, grouped by method.</summary>
    [JsonProperty("tests", Order = 10)]
    public IReadOnlyList<GradescopeTest>? Tests { get; init; }

    /// <summary>
    /// Gradescope's free-form extra data, which it stores and does not show: the result's plain
    /// texts and whether it is a grader fault, so that a batch record read back is the result
    /// itself (<see cref="GradescopeReport.Read"/>), whatever the Markdown shows.
    /// </summary>
    [JsonProperty("extra_data", Order = 11, NullValueHandling = NullValueHandling.Ignore)]
    public GradescopeExtraData? ExtraData { get; init; }
}

/// <summary>What <see cref="GradescopeResults.ExtraData"/> holds.</summary>
public sealed record GradescopeExtraData
{
    /// <summary>True when the result is a fault of the grader, not a grade.</summary>
    [JsonProperty("grader_fault", Order = 1)]
    public bool GraderFault { get; init; }

    /// <summary>The result's summary as plain text (what gradebooks show as feedback); absent in records written before it was kept.</summary>
    [JsonProperty("summary", Order = 2, NullValueHandling = NullValueHandling.Ignore)]
    public string? Summary { get; init; }

    /// <summary>What the student's code printed, as plain text; absent in records written before it was kept.</summary>
    [JsonProperty("student_output", Order = 3, NullValueHandling = NullValueHandling.Ignore)]
    public string? StudentOutput { get; init; }
}

/// <summary>What <see cref="GradescopeTest.ExtraData"/> holds.</summary>
public sealed record GradescopeTestExtraData
{
    /// <summary>The test's feedback as plain text.</summary>
    [JsonProperty("feedback", Order = 1)]
    public string? Feedback { get; init; }
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

    /// <summary>What the test says to the student, as Markdown: its feedback, or "Passed.".</summary>
    [JsonProperty("output", Order = 6)]
    public string? Output { get; init; }

    /// <summary>When students see this test (the exercise pack's visibility).</summary>
    [JsonProperty("visibility", Order = 7)]
    public string? Visibility { get; init; }

    /// <summary>The graded method the test belongs to (one tag).</summary>
    [JsonProperty("tags", Order = 8)]
    public IReadOnlyList<string?>? Tags { get; init; }

    /// <summary>A failed test's feedback as plain text (absent for a passed test, and in records written before it was kept).</summary>
    [JsonProperty("extra_data", Order = 9, NullValueHandling = NullValueHandling.Ignore)]
    public GradescopeTestExtraData? ExtraData { get; init; }
}
