using Initialization.Grader.Batch;
using Initialization.Grader.Gradebooks;
using Initialization.Grader.Hosting;

namespace Initialization.Grader.Cli;

/// <summary>What <c>./grade.sh --merge</c> was asked.</summary>
/// <param name="Shards">The --merge folders.</param>
/// <param name="StrayArgument">A SUBMISSION given as well (a usage error).</param>
/// <param name="Output">--out.</param>
/// <param name="GradebookNames">--gradebook values.</param>
/// <param name="Exercise">--exercise: the pack the shards graded with.</param>
/// <param name="Gradebook">The gradebook options given, which course.json completes.</param>
public sealed record MergeRequest(IReadOnlyList<string> Shards, string? StrayArgument, string? Output, IReadOnlyList<string> GradebookNames, string? Exercise, GradebookOptions Gradebook);

/// <summary><c>./grade.sh --merge DIR... --out OUT_DIR [--gradebook NAME]</c>: one class's output from its shards.</summary>
public static class MergeCommand
{
    /// <summary>Checks the options and merges the shards.</summary>
    /// <param name="request">What was asked.</param>
    /// <returns>0 when merged, 2 for usage errors and shards that do not make up one class (nothing written), 1 when the output cannot be written.</returns>
    public static int Run(MergeRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var problems = BatchCommand.GradebookProblems(request.GradebookNames);
        if (request.StrayArgument is not null)
        {
            problems.Add($"with --merge, give the shards' folders to --merge, not '{request.StrayArgument}' as well");
        }

        if (request.Output is null)
        {
            problems.Add("--merge needs --out OUT_DIR: the folder for the merged results, gradebooks, summary and plots");
        }
        else if (File.Exists(request.Output))
        {
            problems.Add($"--out '{request.Output}' is a file; with --merge it must be a folder");
        }

        if (problems.Count > 0)
        {
            return GraderCommandLine.UsageFailure(problems);
        }

        if (GraderCommandLine.LoadPack(request.Exercise, out var pack) is not null)
        {
            return GraderCommandLine.GraderFault;
        }

        if (GradebookFormats.CreateAll(request.GradebookNames, request.Gradebook, pack!, out var gradebooks) is { } courseProblem)
        {
            GraderConsole.Error.WriteLine($"grade.sh: {courseProblem}");
            return GraderCommandLine.GraderFault;
        }

        MergeOutcome outcome;
        try
        {
            outcome = ShardMerger.Merge(request.Shards, request.Output!, pack!, gradebooks);
        }
        catch (InvalidDataException refusal)
        {
            GraderConsole.Error.WriteLine($"grade.sh: nothing merged: {refusal.Message}");
            return GraderCommandLine.UsageError;
        }
        catch (Exception failure) when (BatchCommand.WriteFailure(failure) is { } cause)
        {
            GraderConsole.Error.WriteLine($"grade.sh: the merged output could not be written to '{request.Output}': {cause.Message} Give --out a folder you can write to.");
            return GraderCommandLine.GraderFault;
        }

        GraderConsole.Error.WriteLine($"{outcome.Students} students from {outcome.Shards} shards merged into {request.Output}: results, gradebook and summary{(outcome.GraderFaults > 0 ? $"; {outcome.GraderFaults} hit a grader fault (not-graded.csv): grade them again in their shard and merge again" : string.Empty)}.");
        return GraderCommandLine.Completed;
    }
}
