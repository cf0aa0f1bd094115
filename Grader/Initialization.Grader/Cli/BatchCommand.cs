using Initialization.Grader.Batch;
using Initialization.Grader.Pipeline;
using Initialization.Grader.Reporting;

namespace Initialization.Grader.Cli;

/// <summary><c>./grade.sh --batch SUBMISSIONS_DIR --out OUT_DIR [--jobs N] [--force]</c>.</summary>
public static class BatchCommand
{
    /// <summary>Checks the batch options and grades the class.</summary>
    /// <returns>0 when every submission was graded (whatever the scores), 2 for usage errors, 1 when the grader failed on any.</returns>
    public static int Run(string submissions, string? strayArgument, string? output, int jobs, bool force, IResultFormat format, IReadOnlyList<string> gradebookNames, bool allowUnsandboxed)
    {
        ArgumentNullException.ThrowIfNull(gradebookNames);
        var problems = new List<string>();
        var gradebooks = new List<IGradebookFormat>();
        foreach (var name in gradebookNames)
        {
            if (GradebookFormats.Find(name) is { } gradebook)
            {
                gradebooks.Add(gradebook);
            }
            else
            {
                problems.Add($"unknown gradebook '{name}': use one of {string.Join(", ", GradebookFormats.All.Select(g => g.Name))}");
            }
        }

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

        if (jobs < 1)
        {
            problems.Add($"--jobs must be at least 1, not {jobs}");
        }

        if (!Directory.Exists(submissions))
        {
            problems.Add($"there is no folder '{submissions}' of submissions");
        }

        if (problems.Count > 0)
        {
            return GradeCommand.UsageFailure(problems);
        }

        // Fails closed before any result is written: no student is graded without isolation.
        if (GradeCommand.ChooseSandbox(allowUnsandboxed) is not null)
        {
            return GradeCommand.GraderFault;
        }

        using var workers = new WorkerPool(new WorkerLauncher(GradingLimits.Default));
        using var grader = new SubmissionGrader(GradingLimits.Default, workers);
        IBatchProgress progress = Console.IsErrorRedirected ? new PlainProgress(Console.Error) : new TerminalProgress();
        BatchOutcome outcome;
        try
        {
            outcome = new BatchGrader(grader, new BatchOptions(submissions, output!, jobs, force, format, gradebooks), progress).Run();
        }
        catch (InvalidDataException exception)
        {
            return GradeCommand.UsageFailure([exception.Message]);
        }

        Console.Error.WriteLine(
            $"{outcome.Students} students, {outcome.GradedNow} graded now in {outcome.Seconds:0.0} s ({(outcome.Seconds > 0 ? outcome.GradedNow / outcome.Seconds : 0):0.0}/s). " +
            $"Results in {Path.Combine(output!, "results")}, gradebook and summary in {output}.");
        PeakMemory.ReportIfAsked();
        return outcome.GraderFaults > 0 ? GradeCommand.GraderFault : GradeCommand.Graded;
    }
}
