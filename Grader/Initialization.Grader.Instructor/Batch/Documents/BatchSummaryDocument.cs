using Newtonsoft.Json;

namespace Initialization.Grader.Batch.Documents;

/// <summary>A batch's summary.json, as <see cref="BatchSummary"/> writes it: how the class did and how the run went.</summary>
public sealed record BatchSummaryDocument
{
    /// <summary>Every student with a result (graded now or before), grader faults included.</summary>
    [JsonProperty("students", Order = 1)]
    public required int Students { get; init; }

    /// <summary>The students with a grade: every student but those whose grading hit a grader fault (the denominator of the scores and the methods).</summary>
    [JsonProperty("graded_students", Order = 2)]
    public required int GradedStudents { get; init; }

    /// <summary>The graded students whose submission compiled and ran (the denominator of the tests' pass rates).</summary>
    [JsonProperty("gradable_submissions", Order = 3)]
    public required int GradableSubmissions { get; init; }

    /// <summary>How many were graded in this run.</summary>
    [JsonProperty("graded_in_this_run", Order = 4)]
    public required int GradedInThisRun { get; init; }

    /// <summary>How many graded students' submissions could not be graded (scored 0).</summary>
    [JsonProperty("not_gradable", Order = 5)]
    public required int NotGradable { get; init; }

    /// <summary>How many hit a fault of the grader in this run.</summary>
    [JsonProperty("grader_faults_in_this_run", Order = 6)]
    public required int GraderFaultsInThisRun { get; init; }

    /// <summary>The largest points available among the results (0 when there are none).</summary>
    [JsonProperty("max_score", Order = 7)]
    public required double MaxScore { get; init; }

    /// <summary>Statistics of the graded students' scores (not gradable ones count 0); null (written as such) when there is none.</summary>
    [JsonProperty("score_over_graded_students", Order = 8)]
    public required BatchScoreStatistics? Score { get; init; }

    /// <summary>Each graded method's statistics over the graded students, in rubric order.</summary>
    [JsonProperty("methods_over_graded_students", Order = 9)]
    public required IReadOnlyList<BatchMethodStatistics> Methods { get; init; }

    /// <summary>Each hidden test's pass rate over the gradable submissions, in rubric order.</summary>
    [JsonProperty("tests_over_gradable_submissions", Order = 10)]
    public required IReadOnlyList<BatchTestPassRate> Tests { get; init; }

    /// <summary>Wall-clock time of this run (rounded to hundredths).</summary>
    [JsonProperty("seconds", Order = 11)]
    public required double Seconds { get; init; }

    /// <summary>Submissions graded per second in this run (rounded to hundredths; 0 when no time passed).</summary>
    [JsonProperty("submissions_per_second", Order = 12)]
    public required double SubmissionsPerSecond { get; init; }

    /// <summary>The students whose grading hit a grader fault (left out of the platform gradebooks), with the reason.</summary>
    [JsonProperty("not_graded", Order = 13)]
    public IReadOnlyList<BatchNotGraded> NotGraded { get; init; } = [];

    /// <summary>The roster's students who handed nothing in (no row in any gradebook); left out without a roster.</summary>
    [JsonProperty("roster_without_submission", Order = 12, NullValueHandling = NullValueHandling.Ignore)]
    public IReadOnlyList<string>? RosterWithoutSubmission { get; init; }
}

/// <summary>The class's scores in <see cref="BatchSummaryDocument.Score"/>.</summary>
public sealed record BatchScoreStatistics
{
    /// <summary>The mean (rounded to four decimals).</summary>
    [JsonProperty("mean", Order = 1)]
    public required double Mean { get; init; }

    /// <summary>The median (rounded to four decimals).</summary>
    [JsonProperty("median", Order = 2)]
    public required double Median { get; init; }

    /// <summary>The lowest score.</summary>
    [JsonProperty("min", Order = 3)]
    public required double Min { get; init; }

    /// <summary>The highest score.</summary>
    [JsonProperty("max", Order = 4)]
    public required double Max { get; init; }

    /// <summary>How many gradable submissions earned every point.</summary>
    [JsonProperty("full_marks", Order = 5)]
    public required int FullMarks { get; init; }

    /// <summary>How many scores fall in each whole point ("7" for 7 to 7.99…), lowest first.</summary>
    [JsonProperty("distribution", Order = 6)]
    public required IReadOnlyDictionary<string, int> Distribution { get; init; }
}

/// <summary>One graded method in <see cref="BatchSummaryDocument.Methods"/>.</summary>
public sealed record BatchMethodStatistics
{
    /// <summary>The method's name.</summary>
    [JsonProperty("method", Order = 1)]
    public required string Method { get; init; }

    /// <summary>The mean of its points over the graded students (rounded to four decimals).</summary>
    [JsonProperty("mean_score", Order = 2)]
    public required double MeanScore { get; init; }

    /// <summary>The points it is worth.</summary>
    [JsonProperty("max_score", Order = 3)]
    public required double MaxScore { get; init; }

    /// <summary>The fraction of the graded students with all its points (rounded to four decimals).</summary>
    [JsonProperty("full_marks_rate", Order = 4)]
    public required double FullMarksRate { get; init; }
}

/// <summary>One hidden test in <see cref="BatchSummaryDocument.Tests"/>.</summary>
public sealed record BatchTestPassRate
{
    /// <summary>The test's readable name.</summary>
    [JsonProperty("name", Order = 1)]
    public required string Name { get; init; }

    /// <summary>The fraction of gradable submissions that passed it (rounded to four decimals).</summary>
    [JsonProperty("pass_rate", Order = 2)]
    public required double PassRate { get; init; }
}

/// <summary>A student in <see cref="BatchSummaryDocument.NotGraded"/>.</summary>
public sealed record BatchNotGraded
{
    /// <summary>The student.</summary>
    [JsonProperty("student_id", Order = 1)]
    public string StudentId { get; init; } = string.Empty;

    /// <summary>Why the grader failed (the result's summary).</summary>
    [JsonProperty("reason", Order = 2)]
    public string Reason { get; init; } = string.Empty;
}
