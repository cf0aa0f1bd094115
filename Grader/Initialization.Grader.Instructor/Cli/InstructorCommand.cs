using System.CommandLine;
using Initialization.Grader.Gradebooks;
using Initialization.Grader.Hosting;
using Initialization.Grader.Reporting;

namespace Initialization.Grader.Cli;

/// <summary>
/// The instructor tool's command line (grade.sh --batch …, and the packaging modes). Exit codes:
/// <see cref="GraderCommandLine"/>.
/// </summary>
public static class InstructorCommand
{
    private static readonly Option<string?> s_batch = new("--batch")
    {
        Description = "Grade a whole class: every folder or .cs file in SUBMISSIONS_DIR is one student, named by the entry. Needs --out OUT_DIR.",
        HelpName = "SUBMISSIONS_DIR",
    };

    private static readonly Option<string?> s_out = new("--out")
    {
        Description = "With --batch: the folder for the results, the gradebook, the summary and the plots.",
        HelpName = "OUT_DIR",
    };

    private static readonly Option<string> s_format = new("--format")
    {
        Description = $"With --batch: the format of each student's result: {string.Join(" | ", ResultFormats.All.Select(f => f.Name))} (default: {ResultFormats.Default.Name}).",
        HelpName = "NAME",
        DefaultValueFactory = _ => ResultFormats.Default.Name,
    };

    private static readonly Option<int> s_jobs = new("--jobs")
    {
        Description = "With --batch: how many submissions to grade at once (default: the number of cores).",
        HelpName = "N",
        DefaultValueFactory = _ => Environment.ProcessorCount,
    };

    private static readonly Option<bool> s_force = new("--force")
    {
        Description = "With --batch: grade again the students whose result is already in OUT_DIR.",
    };

    private static readonly Option<string[]> s_gradebook = new("--gradebook")
    {
        Description = $"With --batch: also write a gradebook for a platform: {string.Join(" | ", GradebookFormats.All.Select(g => g.Name))} (repeatable).",
        HelpName = "NAME",
        AllowMultipleArgumentsPerToken = false,
    };

    private static readonly Option<string?> s_exercise = GraderCommandLine.ExerciseOption();

    private static readonly Option<bool> s_allowUnsandboxed = GraderCommandLine.AllowUnsandboxedOption();

    private static readonly Argument<string?> s_stray = new("SUBMISSION")
    {
        Description = "Not taken here: grade.sh grades a single submission with the grader itself.",
        Arity = ArgumentArity.ZeroOrOne,
        Hidden = true,
    };

    /// <summary>Parses the arguments and runs what they ask for.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <returns>The exit code.</returns>
    public static int Run(string[] args)
    {
        var root = new RootCommand("The instructor tool: grades a whole class (--batch) and packages the kit (--release, --gradescope-bundle, --docker-context, --exercise-pack).")
        {
            s_stray,
            s_batch,
            s_out,
            s_format,
            s_jobs,
            s_force,
            s_gradebook,
            s_exercise,
            s_allowUnsandboxed,
        };
        foreach (var option in PackagingCommand.Options)
        {
            root.Options.Add(option);
        }

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            return GraderCommandLine.UsageFailure(parsed.Errors.Select(e => e.Message));
        }

        if (parsed.Action is not null)
        {
            // --help or --version: System.CommandLine prints it.
            return parsed.Invoke();
        }

        if (PackagingCommand.IsRequested(parsed))
        {
            return PackagingCommand.Run(parsed, parsed.GetValue(s_stray));
        }

        var format = ResultFormats.Find(parsed.GetValue(s_format)!);
        if (format is null)
        {
            return GraderCommandLine.UsageFailure([$"unknown format '{parsed.GetValue(s_format)}': use one of {string.Join(", ", ResultFormats.All.Select(f => f.Name))}"]);
        }

        if (parsed.GetValue(s_batch) is not { } submissions)
        {
            return GraderCommandLine.UsageFailure(["the instructor tool grades a class (--batch SUBMISSIONS_DIR) or packages the kit; grade.sh grades a single submission with the grader"]);
        }

        return BatchCommand.Run(
            new BatchRequest(submissions, parsed.GetValue(s_stray), parsed.GetValue(s_out), parsed.GetValue(s_jobs), parsed.GetValue(s_force), format, parsed.GetValue(s_gradebook) ?? [], parsed.GetValue(s_exercise), parsed.GetValue(s_allowUnsandboxed)));
    }
}
