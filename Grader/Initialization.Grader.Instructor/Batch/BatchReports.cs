using Initialization.Grader.Batch.Identity;
using Initialization.Grader.Gradebooks;
using Initialization.Grader.Pipeline;
using Initialization.Grader.Reporting;

namespace Initialization.Grader.Batch;

/// <summary>
/// The class-wide files of a batch's output: gradebook.csv, the platform gradebooks,
/// not-graded.csv, summary.json and the plots. One writer for a single run, a shard and a merge
/// of shards, so that the same students give the same bytes.
/// </summary>
public static class BatchReports
{
    /// <summary>The default gradebook's file name.</summary>
    public const string GradebookFile = "gradebook.csv";

    /// <summary>The summary's file name.</summary>
    public const string SummaryFile = "summary.json";

    /// <summary>The students whose grading hit a grader fault, with the reason (no platform gradebook lists them).</summary>
    public const string NotGradedFile = "not-graded.csv";

    /// <summary>The plots' folder inside the output.</summary>
    public const string PlotsFolder = "plots";

    /// <summary>Writes every class-wide file into <paramref name="output"/>.</summary>
    /// <param name="output">The batch's output folder.</param>
    /// <param name="rows">Every student's result as its record reads back, sorted by id.</param>
    /// <param name="methods">The graded methods, in rubric order.</param>
    /// <param name="gradebooks">The platform gradebooks asked for.</param>
    /// <param name="run">How the run went: students graded now, grader faults, seconds.</param>
    /// <param name="identities">What the roster or the export layout told about each student, by id; null: ids alone.</param>
    /// <param name="rosterWithoutSubmission">The roster's students who handed nothing in; null without a roster.</param>
    public static void Write(
        string output,
        IReadOnlyList<(string StudentId, GradingResult Result)> rows,
        IReadOnlyList<string> methods,
        IReadOnlyList<IGradebookFormat> gradebooks,
        (int GradedNow, int GraderFaults, double Seconds) run,
        IReadOnlyDictionary<string, StudentIdentity>? identities = null,
        IReadOnlyList<string>? rosterWithoutSubmission = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(gradebooks);
        // The plots (the slowest part: the drawing library's start-up and the PNGs) are drawn on
        // another core meanwhile: the grading's cores are free by now.
        var plots = Task.Run(() => BatchPlots.Write(rows, Path.Combine(output, PlotsFolder)));
        try
        {
            ResultFile.Write(Path.Combine(output, GradebookFile), GradebookCsv.Write(rows, methods));
            // A platform's import applies every row it gets, and an empty grade cell clears the grade:
            // students whose grading faulted are left out and listed apart, to be graded again.
            var graded = rows.Where(r => !r.Result.GraderFault).ToList();
            foreach (var gradebook in gradebooks)
            {
                ResultFile.Write(Path.Combine(output, gradebook.FileName), gradebook.Write(graded, methods, identities));
            }

            ResultFile.Write(Path.Combine(output, NotGradedFile), NotGraded(rows));
            ResultFile.Write(Path.Combine(output, SummaryFile), BatchSummary.Write(rows, run.GradedNow, run.GraderFaults, run.Seconds, rosterWithoutSubmission));
        }
        finally
        {
            // Not left half-drawn when another file fails: waited for, its own failure reported below.
            Task.WhenAny(plots).Wait();
        }

        plots.GetAwaiter().GetResult();
    }

    private static string NotGraded(IReadOnlyList<(string Id, GradingResult Result)> rows)
    {
        var csv = new CsvText().Row(["student_id", "reason"]);
        foreach (var (id, result) in rows.Where(r => r.Result.GraderFault))
        {
            csv.Row([id, result.Summary]);
        }

        return csv.ToString();
    }
}
