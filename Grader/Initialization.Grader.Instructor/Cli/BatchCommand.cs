using Initialization.Grader.Batch;
using Initialization.Grader.Batch.Identity;
using Initialization.Grader.Gradebooks;
using Initialization.Grader.Hosting;
using Initialization.Grader.Pipeline;
using Initialization.Grader.Reporting;

namespace Initialization.Grader.Cli;

/// <summary>What <c>./grade.sh --batch</c> was asked.</summary>
/// <param name="Submissions">The submissions folder.</param>
/// <param name="StrayArgument">A SUBMISSION given as well (a usage error).</param>
/// <param name="Output">--out.</param>
/// <param name="Jobs">--jobs.</param>
/// <param name="Force">--force.</param>
/// <param name="Format">--format.</param>
/// <param name="GradebookNames">--gradebook values.</param>
/// <param name="Exercise">--exercise.</param>
/// <param name="AllowUnsandboxed">--allow-unsandboxed.</param>
/// <param name="Gradebook">The gradebook options given, which course.json completes.</param>
/// <param name="Shard">--shard (or the Indexed Job's index): the part of the class to grade, or null for all.</param>
/// <param name="Identity">--roster, --layout and --classroom-prefix: how the students are identified.</param>
/// <param name="Arguments">The command line as given, to say how to go on after an interruption.</param>
public sealed record BatchRequest(string Submissions, string? StrayArgument, string? Output, int Jobs, bool Force, IResultFormat Format, IReadOnlyList<string> GradebookNames, string? Exercise, bool AllowUnsandboxed, GradebookOptions Gradebook, Shard? Shard = null, IdentityOptions? Identity = null, IReadOnlyList<string>? Arguments = null);

/// <summary><c>./grade.sh --batch SUBMISSIONS_DIR --out OUT_DIR [--jobs N] [--force]</c>.</summary>
public static class BatchCommand
{
    /// <summary>Checks the batch options and grades the class.</summary>
    /// <param name="request">What was asked.</param>
    /// <returns>0 when every submission was graded (whatever the scores), 2 for usage errors, 1 when the grader failed on any, 130 or 143 when Ctrl-C or SIGTERM stopped it.</returns>
    public static int Run(BatchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (submissions, strayArgument, output, jobs, force, format, gradebookNames, exercise, allowUnsandboxed, gradebookOptions, shard, identity, _) = request;
        var problems = GradebookProblems(gradebookNames);

        if (strayArgument is not null)
        {
            problems.Add($"with --batch, give the submissions folder to --batch, not '{strayArgument}' as well");
        }

        if (output is null)
        {
            problems.Add("--batch needs --out OUT_DIR: the folder for the results, the gradebook, the summary and the plots");
        }
        else if (File.Exists(output))
        {
            problems.Add($"--out '{output}' is a file; with --batch it must be a folder");
        }

        if (jobs < 1 || jobs > 4 * Environment.ProcessorCount)
        {
            // More gradings than cores only make them wait for each other (and each holds a worker and a compile child).
            problems.Add($"--jobs must be between 1 and {4 * Environment.ProcessorCount} (4 per core) on this {Environment.ProcessorCount}-core machine, not {jobs}; the default, one per core, is the fastest");
        }

        if (!Directory.Exists(submissions))
        {
            problems.Add($"there is no folder '{submissions}' of submissions");
        }

        if (identity?.Roster is { } roster && !File.Exists(roster))
        {
            problems.Add($"there is no roster file '{roster}': give --roster a CSV file (see README, \"Student identity\")");
        }

        if (problems.Count > 0)
        {
            return GraderCommandLine.UsageFailure(problems);
        }

        StageCosts.StartIfAsked();
        // Disposed last: a signal is handled until every child process is gone.
        using var interruption = Interruption.Listen();
        // Roslyn warms up on the other core while the pack loads and the sandbox is probed.
        using var compilersAhead = CompilerPool.StartedAhead(GradingLimits.Default);

        // Fails closed before any result is written: no student is graded without isolation, or with a broken pack.
        if (GraderCommandLine.LoadPack(exercise, out var pack) is not null || GraderCommandLine.ChooseSandbox(allowUnsandboxed) is not null)
        {
            return GraderCommandLine.GraderFault;
        }

        if (GradebookFormats.CreateAll(gradebookNames, gradebookOptions, pack!, out var gradebooks) is { } courseProblem)
        {
            GraderConsole.Error.WriteLine($"grade.sh: {courseProblem}");
            return GraderCommandLine.GraderFault;
        }

        var limits = pack!.Limits(GradingLimits.Default);
        using var workers = new WorkerPool(new WorkerLauncher(limits));
        using var grader = new SubmissionGrader(pack, limits, workers, compilersAhead.IfFits(limits));
        IBatchProgress progress = Console.IsErrorRedirected ? new PlainProgress(GraderConsole.Error) : new TerminalProgress();
        var options = new BatchOptions(submissions, output!, jobs, force, format, gradebooks, shard, identity);
        BatchOutcome outcome;
        try
        {
            outcome = new BatchGrader(grader, options, progress).Run(interruption.Token);
        }
        catch (InvalidDataException exception)
        {
            return GraderCommandLine.UsageFailure([exception.Message]);
        }
        catch (Exception failure) when (WriteFailure(failure) is { } cause)
        {
            GraderConsole.Error.WriteLine($"grade.sh: the results could not be written to '{output}': {cause.Message} Give --out a folder you can write to; students already graded keep their results there.");
            return GraderCommandLine.GraderFault;
        }

        if (outcome.Interrupted)
        {
            GraderConsole.Error.WriteLine(Interrupted(outcome, options, interruption.Signal, RerunCommand.Of(request.Arguments ?? [])));
            return interruption.ExitCode;
        }

        GraderConsole.Error.WriteLine(
            $"{outcome.Students} students{(shard is null ? string.Empty : $" (shard {shard.Text})")}, {outcome.GradedNow} graded now in {outcome.Seconds:0.0} s ({(outcome.Seconds > 0 ? outcome.GradedNow / outcome.Seconds : 0):0.0}/s). " +
            $"Results in {Path.Combine(options.OutputFolder, "results")}, gradebook and summary in {options.OutputFolder}{(shard is null ? "." : "; combine the shards with --merge.")}");
        PeakMemory.ReportIfAsked();
        // Before the pools stop their children: those still running are read as they are.
        StageCosts.Current?.Report(GraderConsole.Error);
        return outcome.GraderFaults > 0 ? GraderCommandLine.GraderFault : GraderCommandLine.Completed;
    }

    /// <summary>What an interrupted run leaves, and the command that goes on, in one paragraph.</summary>
    internal static string Interrupted(BatchOutcome outcome, BatchOptions options, string signal, string rerun)
    {
        var results = Path.Combine(options.OutputFolder, "results");
        var students = options.Shard is { } shard ? $"the {outcome.Students} students of shard {shard.Text}" : $"{outcome.Students} students";
        var force = options.Force ? " (without --force, which would grade them all again)" : string.Empty;
        if (outcome.Graded is not { } graded)
        {
            return $"grade.sh: stopped by {signal} before grading began: nobody was graded. To grade the class, run the same command again{force}:\n  {rerun}";
        }

        var faults = outcome.GraderFaults > 0 ? $" ({outcome.GraderFaults} hit a grader fault in this run: they count among those not graded yet)" : string.Empty;
        return $"grade.sh: stopped by {signal}: {graded} of {students} are graded ({outcome.GradedNow - outcome.GraderFaults} in this run), their results in {results}{faults}. " +
            $"The other {outcome.Students - graded} are not graded yet, and the gradebook and summary are written once the whole class is. " +
            $"To go on, run the same command again{force}: it skips the students already graded.\n  {rerun}";
    }

    /// <summary>A message for each gradebook name that is not one.</summary>
    internal static List<string> GradebookProblems(IReadOnlyList<string> gradebookNames) =>
        [.. gradebookNames.Where(n => GradebookFormats.Find(n) is null).Select(name => $"unknown gradebook '{name}': use one of {string.Join(", ", GradebookFormats.All.Select(g => g.Name))}")];

    /// <summary>The file-system failure behind <paramref name="failure"/> (parallel grading wraps it), or null for any other.</summary>
    internal static Exception? WriteFailure(Exception failure) => failure switch
    {
        IOException or UnauthorizedAccessException => failure,
        AggregateException aggregate => aggregate.Flatten().InnerExceptions.Select(WriteFailure).FirstOrDefault(e => e is not null),
        _ => null,
    };
}
