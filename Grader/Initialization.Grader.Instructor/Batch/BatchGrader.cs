using System.Collections.Concurrent;
using System.Diagnostics;
using Initialization.Grader.Batch.Documents;
using Initialization.Grader.Batch.Identity;
using Initialization.Grader.Hosting;
using Initialization.Grader.Pipeline;

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
    public const string GradebookFile = BatchReports.GradebookFile;

    /// <summary>The summary's file name.</summary>
    public const string SummaryFile = BatchReports.SummaryFile;

    /// <summary>The students whose grading hit a grader fault, with the reason (no platform gradebook lists them).</summary>
    public const string NotGradedFile = BatchReports.NotGradedFile;

    /// <summary>Grades the class (or the shard's part of it) and writes everything into the output folder.</summary>
    /// <returns>What happened.</returns>
    public BatchOutcome Run()
    {
        var clock = Stopwatch.StartNew();
        var identified = ClassRoster.Identify(options.Submissions, options.Identity ?? IdentityOptions.Default);
        foreach (var warning in identified.Warnings)
        {
            GraderConsole.Error.WriteLine($"grade.sh: warning: {warning}");
        }

        var absent = identified.RosterWithoutSubmission?.Select(r => r.StudentId).ToList();
        if (absent is { Count: > 0 })
        {
            GraderConsole.Error.WriteLine($"grade.sh: warning: {absent.Count} student(s) of the roster handed nothing in and get no row: {string.Join(", ", absent)}");
        }

        var everyone = identified.Students;
        var students = options.Shard?.Of(everyone) ?? everyone;
        var identities = students.ToDictionary(s => s.Id, s => s.Identity);
        var output = options.OutputFolder;
        var store = new StudentResults(output);
        // Each result goes to disk as soon as it is graded; only its digest stays for the reports,
        // taken from the record as it reads back, as for a student graded earlier or in another shard.
        var digest = new ResultDigest();
        var results = new ConcurrentDictionary<string, GradingResult>();
        var toGrade = new List<Student>();
        foreach (var student in students)
        {
            if (!options.Force && store.Previous(student.Id) is { } previous)
            {
                results[student.Id] = digest.Of(previous);
                // Its grading finished when its record was written.
                var graded = new DateTimeOffset(File.GetLastWriteTimeUtc(store.RecordOf(student.Id)));
                store.WriteMissingFormat(student.Id, previous, options.Format, grader.Pack.ReportContext(student.Id, graded));
            }
            else
            {
                toGrade.Add(student);
            }
        }

        progress.Start(toGrade.Count, students.Count - toGrade.Count);
        StageCosts.Current?.GradingStarts(toGrade.Count);
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

            var cpu = StageCosts.Current?.Start(CpuStage.Record);
            var record = store.Save(student.Id, result, options.Format, grader.Pack.ReportContext(student.Id, DateTimeOffset.UtcNow));
            results[student.Id] = digest.Of(record);
            cpu?.Stop();
            progress.Graded(student.Id, result.Score, result.MaxScore);
        });
        progress.Finish();
        StageCosts.Current?.GradingEnds();

        var rows = students.Select(s => (s.Id, results[s.Id])).ToList();
        var seconds = clock.Elapsed.TotalSeconds;
        BatchReports.Write(output, rows, grader.Pack.MethodNames, options.Gradebooks, (toGrade.Count, faults, seconds), identities, absent);
        if (options.Shard is { } shard)
        {
            ShardManifest.Write(output, new ShardManifestDocument
            {
                Shard = shard.Index,
                Shards = shard.Count,
                ClassStudents = everyone.Count,
                ClassFingerprint = GradingIdentity.ClassFingerprint(everyone),
                GraderBuild = GradingIdentity.GraderBuild,
                ExercisePack = GradingIdentity.ExercisePack(grader.Pack),
                Students = [.. students.Select(s => s.Id)],
                Identities = identified.Layout == ExportLayout.Plain && identified.RosterWithoutSubmission is null ? null : [.. students.Select(s => s.Identity)],
                RosterWithoutSubmission = absent,
                GradedInLastRun = toGrade.Count,
                GraderFaultsInLastRun = faults,
                Seconds = Math.Round(seconds, 2),
            });
        }

        return new BatchOutcome(students.Count, toGrade.Count, faults, seconds);
    }
}
