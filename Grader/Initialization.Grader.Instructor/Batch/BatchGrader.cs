using System.Collections.Concurrent;
using System.Diagnostics;
using Initialization.Grader.Batch.Identity;
using Initialization.Grader.Gradebooks;
using Initialization.Grader.Hosting;
using Initialization.Grader.Pipeline;
using Initialization.Grader.Reporting;

namespace Initialization.Grader.Batch;

/// <summary>What a batch run did.</summary>
/// <param name="Students">Every student of the class.</param>
/// <param name="GradedNow">How many were graded in this run (the rest were already).</param>
/// <param name="GraderFaults">How many hit a fault of the grader itself.</param>
/// <param name="Seconds">Wall-clock time of this run.</param>
public sealed record BatchOutcome(int Students, int GradedNow, int GraderFaults, double Seconds);

/// <summary>
/// Grades a whole class: every entry of the submissions folder, <see cref="BatchOptions.Jobs"/>
/// at a time, each in its own worker process with its own limits, so one submission can never
/// stop or slow the others beyond its own limits. Then writes the gradebook, the summary and
/// the plots. Students already graded are skipped unless forced.
/// </summary>
public sealed class BatchGrader(SubmissionGrader grader, BatchOptions options, IBatchProgress progress)
{
    /// <summary>The default gradebook's file name.</summary>
    public const string GradebookFile = "gradebook.csv";

    /// <summary>The summary's file name.</summary>
    public const string SummaryFile = "summary.json";

    /// <summary>The students whose grading hit a grader fault, with the reason (no platform gradebook lists them).</summary>
    public const string NotGradedFile = "not-graded.csv";

    /// <summary>Grades the class and writes everything into the output folder.</summary>
    /// <returns>What happened.</returns>
    public BatchOutcome Run()
    {
        var clock = Stopwatch.StartNew();
        var identified = ClassRoster.Identify(options.Submissions, options.Identity ?? IdentityOptions.Default);
        var students = identified.Students;
        foreach (var warning in identified.Warnings)
        {
            GraderConsole.Error.WriteLine($"grade.sh: warning: {warning}");
        }

        if (identified.RosterWithoutSubmission is { Count: > 0 } absent)
        {
            GraderConsole.Error.WriteLine($"grade.sh: warning: {absent.Count} student(s) of the roster handed nothing in and get no row: {string.Join(", ", absent.Select(r => r.StudentId))}");
        }

        var store = new StudentResults(options.Output);
        // Each result goes to disk as soon as it is graded; only its digest stays for the reports.
        var digest = new ResultDigest();
        var results = new ConcurrentDictionary<string, GradingResult>();
        var toGrade = new List<Student>();
        foreach (var student in students)
        {
            if (!options.Force && store.Previous(student.Id) is { } previous)
            {
                results[student.Id] = digest.Of(previous);
            }
            else
            {
                toGrade.Add(student);
            }
        }

        progress.Start(toGrade.Count, students.Count - toGrade.Count);
        var faults = 0;
        Parallel.ForEach(toGrade, new ParallelOptions { MaxDegreeOfParallelism = options.Jobs }, student =>
        {
            GradingResult result;
            try
            {
                result = grader.Grade(student.Path);
            }
            catch (Exception exception)
            {
                // A fault of the grader on one submission must not stop the class.
                Interlocked.Increment(ref faults);
                GraderConsole.Error.WriteLine($"grade.sh: the grader failed on {student.Id}: {exception}");
                result = GradingResult.GraderFailure(exception) with { MaxScore = grader.Pack.MaxScore };
            }

            store.Save(student.Id, result, options.Format, grader.Pack.ReportContext(student.Id, DateTimeOffset.UtcNow));
            results[student.Id] = digest.Of(result);
            progress.Graded(student.Id, result.Score, result.MaxScore);
        });
        progress.Finish();

        var rows = students.Select(s => (s.Id, results[s.Id])).ToList();
        var seconds = clock.Elapsed.TotalSeconds;
        var methods = grader.Pack.MethodNames;
        ResultFile.Write(Path.Combine(options.Output, GradebookFile), GradebookCsv.Write(rows, methods));
        // A platform's import applies every row it gets, and an empty grade cell clears the grade:
        // students whose grading faulted are left out and listed apart, to be graded again.
        var graded = rows.Where(r => !r.Item2.GraderFault).ToList();
        foreach (var gradebook in options.Gradebooks)
        {
            ResultFile.Write(Path.Combine(options.Output, gradebook.FileName), gradebook.Write(graded, methods, students.ToDictionary(s => s.Id, s => s.Identity)));
        }

        ResultFile.Write(Path.Combine(options.Output, NotGradedFile), NotGraded(rows));

        ResultFile.Write(Path.Combine(options.Output, SummaryFile), BatchSummary.Write(rows, toGrade.Count, faults, seconds, identified.RosterWithoutSubmission?.Select(r => r.StudentId).ToList()));
        BatchPlots.Write(rows, Path.Combine(options.Output, "plots"));
        return new BatchOutcome(students.Count, toGrade.Count, faults, seconds);
    }

    private static string NotGraded(List<(string Id, GradingResult Result)> rows)
    {
        var csv = new CsvText().Row(["student_id", "reason"]);
        foreach (var (id, result) in rows.Where(r => r.Result.GraderFault))
        {
            csv.Row([id, result.Summary]);
        }

        return csv.ToString();
    }
}
