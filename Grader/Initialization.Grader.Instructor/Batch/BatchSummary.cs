using System.Globalization;
using Initialization.Grader.Batch.Documents;
using Initialization.Grader.Pipeline;
using Initialization.Grader.Reporting;

namespace Initialization.Grader.Batch;

/// <summary>
/// summary.json: how the class did (score statistics and distribution, each method's and each
/// hidden test's pass rate) and how the run went (counts, time, rate). Each figure has one
/// denominator, named in its field: the scores and the methods are over the graded students
/// (every student but grader faults, a not-gradable submission counting 0), the hidden tests'
/// pass rates over the gradable submissions (those that compiled and ran: the others have no
/// result per test).
/// </summary>
public static class BatchSummary
{
    /// <summary>The summary's JSON text.</summary>
    /// <param name="rows">Every student's result (graded now or before).</param>
    /// <param name="gradedNow">How many were graded in this run.</param>
    /// <param name="graderFaults">How many hit a fault of the grader in this run.</param>
    /// <param name="seconds">Wall-clock time of this run.</param>
    /// <param name="rosterWithoutSubmission">The roster's students who handed nothing in; null without a roster.</param>
    /// <returns>Indented JSON ending with a newline.</returns>
    public static string Write(IReadOnlyList<(string StudentId, GradingResult Result)> rows, int gradedNow, int graderFaults, double seconds, IReadOnlyList<string>? rosterWithoutSubmission = null) =>
        ReportJson.Write(Document(rows, gradedNow, graderFaults, seconds) with { RosterWithoutSubmission = rosterWithoutSubmission });

    /// <summary>The summary's document.</summary>
    /// <param name="rows">Every student's result (graded now or before).</param>
    /// <param name="gradedNow">How many were graded in this run.</param>
    /// <param name="graderFaults">How many hit a fault of the grader in this run.</param>
    /// <param name="seconds">Wall-clock time of this run.</param>
    /// <returns>The document <see cref="Write"/> writes.</returns>
    public static BatchSummaryDocument Document(IReadOnlyList<(string StudentId, GradingResult Result)> rows, int gradedNow, int graderFaults, double seconds)
    {
        ArgumentNullException.ThrowIfNull(rows);
        // A grader fault is no grade: it is left out of every class figure (and listed in not_graded).
        // A not-gradable submission is a grade of 0 the student earned: it counts in the scores.
        var graded = rows.Where(r => !r.Result.GraderFault).ToList();
        var scores = graded.Select(r => r.Result.Score).Order().ToList();
        return new BatchSummaryDocument
        {
            Students = rows.Count,
            GradedStudents = graded.Count,
            GradableSubmissions = graded.Count(r => r.Result.Gradable),
            GradedInThisRun = gradedNow,
            NotGradable = graded.Count(r => !r.Result.Gradable),
            GraderFaultsInThisRun = graderFaults,
            MaxScore = rows.Count > 0 ? rows.Max(r => r.Result.MaxScore) : 0,
            Score = graded.Count == 0 ? null : new BatchScoreStatistics
            {
                Mean = Math.Round(scores.Average(), 4),
                Median = Math.Round(Median(scores), 4),
                Min = scores[0],
                Max = scores[^1],
                FullMarks = graded.Count(r => r.Result.Gradable && r.Result.Score == r.Result.MaxScore),
                Distribution = scores.GroupBy(s => Math.Floor(s).ToString(CultureInfo.InvariantCulture)).ToDictionary(g => g.Key, g => g.Count()),
            },
            // Over graded students: one without a result for a method (not gradable) has 0 of its points.
            Methods = graded.Count == 0 ? [] : [.. graded.SelectMany(r => r.Result.ByMethod).GroupBy(m => m.Method).Select(g => new BatchMethodStatistics
            {
                Method = g.Key,
                MeanScore = Math.Round(g.Sum(m => m.Score) / graded.Count, 4),
                MaxScore = g.Max(m => m.MaxScore),
                FullMarksRate = Math.Round(g.Count(m => m.Score == m.MaxScore) / (double)graded.Count, 4),
            })],
            Tests = [.. PassRates(rows).Select(r => new BatchTestPassRate { Name = r.Test, PassRate = Math.Round(r.PassRate, 4) })],
            Seconds = Math.Round(seconds, 2),
            SubmissionsPerSecond = seconds > 0 ? Math.Round(gradedNow / seconds, 2) : 0,
            NotGraded = [.. rows.Where(r => r.Result.GraderFault).Select(r => new BatchNotGraded { StudentId = r.StudentId, Reason = r.Result.Summary })],
        };
    }

    /// <summary>Each hidden test's pass rate among gradable submissions, in rubric order.</summary>
    public static IReadOnlyList<(string Test, double PassRate)> PassRates(IReadOnlyList<(string StudentId, GradingResult Result)> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return [.. rows.Where(r => r.Result.Gradable).SelectMany(r => r.Result.Tests).GroupBy(t => t.Name).Select(g => (g.Key, g.Count(t => t.Passed) / (double)g.Count()))];
    }

    private static double Median(List<double> sorted) =>
        sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
}
