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
/// <param name="Interrupted">
/// Whether a signal stopped the run before the class was graded: then no class-wide file
/// (gradebook, summary, plots, shard manifest) was written, and <paramref name="Graded"/> says
/// how many students have a grade.
/// </param>
/// <param name="Graded">After an interruption: how many students have a grade (graded in this run or before, grader faults aside); null when unknown (stopped before grading began).</param>
public sealed record BatchOutcome(int Students, int GradedNow, int GraderFaults, double Seconds, bool Interrupted = false, int? Graded = null);

/// <summary>
/// Grades a whole class: every entry of the submissions folder, <see cref="BatchOptions.Jobs"/>
/// at a time, each in its own worker process with its own limits, so one submission can never
/// stop or slow the others beyond its own limits. Then writes the gradebook, the summary and
/// the plots. Students already graded are skipped unless forced, so a run that was stopped goes
/// on where it stopped when started again.
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
    /// <param name="cancellation">
    /// Cancelled to stop (Ctrl-C): no student starts, the results of those graded are kept, those
    /// in flight (whose child processes are being killed under them) are dropped, to be graded by
    /// the next run, and no class-wide file is written for part of a class.
    /// </param>
    /// <returns>What happened.</returns>
    public BatchOutcome Run(CancellationToken cancellation = default)
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
            if (cancellation.IsCancellationRequested)
            {
                // Reading a large class's records takes a while: stopped before grading anyone.
                return new BatchOutcome(students.Count, 0, 0, clock.Elapsed.TotalSeconds, Interrupted: true);
            }

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
        var savedNow = 0;
        try
        {
            Parallel.ForEach(toGrade, new ParallelOptions { MaxDegreeOfParallelism = options.Jobs, CancellationToken = cancellation }, student =>
            {
                if (GradeAndSave(student, store, digest, results, cancellation) is { } result)
                {
                    Interlocked.Increment(ref savedNow);
                    if (result.GraderFault)
                    {
                        Interlocked.Increment(ref faults);
                    }
                }
            });
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            // No student starts after the signal; those in flight have ended.
        }

        progress.Finish();
        StageCosts.Current?.GradingEnds();
        if (cancellation.IsCancellationRequested && savedNow < toGrade.Count)
        {
            // Stopped: part of a class gets no gradebook (a platform would take its missing rows for
            // students left alone). Once every student is graded, the class-wide files are written
            // even after a signal: they take moments.
            return new BatchOutcome(students.Count, savedNow, faults, clock.Elapsed.TotalSeconds, Interrupted: true, Graded: students.Count - toGrade.Count + savedNow - faults);
        }

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

    /// <summary>Grades one student and saves the result; null when a signal cut the grading short (nothing is saved: the next run grades the student).</summary>
    private GradingResult? GradeAndSave(Student student, StudentResults store, ResultDigest digest, ConcurrentDictionary<string, GradingResult> results, CancellationToken cancellation)
    {
        GradingResult result;
        try
        {
            result = grader.Grade(student.Path);
        }
        catch (Exception) when (cancellation.IsCancellationRequested)
        {
            // Its child processes were killed under it: not a fault of the grader, just not graded.
            return null;
        }
        catch (Exception exception)
        {
            // A fault of the grader on one submission must not stop the class.
            GraderConsole.Error.WriteLine($"grade.sh: the grader failed on {student.Id}: {exception}");
            result = GradingResult.GraderFailure(exception) with { MaxScore = grader.Pack.MaxScore };
        }

        if (cancellation.IsCancellationRequested)
        {
            // The signal came while it was graded: a child killed under it would pass for the student's crash.
            return null;
        }

        var cpu = StageCosts.Current?.Start(CpuStage.Record);
        var record = store.Save(student.Id, result, options.Format, grader.Pack.ReportContext(student.Id, DateTimeOffset.UtcNow));
        results[student.Id] = digest.Of(record);
        cpu?.Stop();
        progress.Graded(student.Id, result.Score, result.MaxScore);
        return result;
    }
}
