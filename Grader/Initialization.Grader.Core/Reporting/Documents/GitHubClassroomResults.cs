using Newtonsoft.Json;

namespace Initialization.Grader.Reporting.Documents;

/// <summary>The JSON GitHub Classroom's graders hand to its grading reporter, as <see cref="GitHubClassroomFormat"/> writes it.</summary>
public sealed record GitHubClassroomResults
{
    /// <summary>The reporter's format version (1).</summary>
    [JsonProperty("version", Order = 1)]
    public required int Version { get; init; }

    /// <summary>"pass" when every test passed, "fail" otherwise, "error" on a grader fault.</summary>
    [JsonProperty("status", Order = 2)]
    public required string Status { get; init; }

    /// <summary>Points available (rounded to four decimals).</summary>
    [JsonProperty("max_score", Order = 3)]
    public required double MaxScore { get; init; }

    /// <summary>The tests, whose scores the reporter adds up.</summary>
    [JsonProperty("tests", Order = 4)]
    public required IReadOnlyList<GitHubClassroomTest> Tests { get; init; }
}

/// <summary>One test in <see cref="GitHubClassroomResults.Tests"/>.</summary>
public sealed record GitHubClassroomTest
{
    /// <summary>The test's readable name.</summary>
    [JsonProperty("name", Order = 1)]
    public required string Name { get; init; }

    /// <summary>"pass", "fail" or "error".</summary>
    [JsonProperty("status", Order = 2)]
    public required string Status { get; init; }

    /// <summary>Points earned.</summary>
    [JsonProperty("score", Order = 3)]
    public required double Score { get; init; }

    /// <summary>What the test says to the student.</summary>
    [JsonProperty("message", Order = 4)]
    public required string Message { get; init; }

    /// <summary>Where the test comes from (e.g. "InitializeParametersHe, rubric item 3").</summary>
    [JsonProperty("test_code", Order = 5)]
    public required string TestCode { get; init; }

    /// <summary>The file the student edits, where a failing test points them.</summary>
    [JsonProperty("filename", Order = 6)]
    public required string FileName { get; init; }

    /// <summary>The line (not known per test: 0).</summary>
    [JsonProperty("line_no", Order = 7)]
    public required int LineNumber { get; init; }

    /// <summary>The test's duration (not measured per test: 0).</summary>
    [JsonProperty("duration", Order = 8)]
    public required int Duration { get; init; }
}
