using System.CommandLine;
using System.CommandLine.Parsing;
using Initialization.Grader.Exercise;
using Initialization.Grader.Pipeline;

namespace Initialization.Grader.Hosting;

/// <summary>
/// What the grader's two programs (the grader and the instructor tool) share on the command
/// line of grade.sh: the exit codes, the usage line, the --exercise and --allow-unsandboxed
/// options, and choosing the sandbox. Exit codes: 0 when the work completed (whatever the
/// scores, not-gradable included), 2 for usage errors, 1 when the grader itself failed; even
/// then a result saying so is written. 130 after Ctrl-C (SIGINT) and 143 after SIGTERM, the
/// shell's 128 + signal (see <see cref="Interruption"/>): a batch keeps the students graded so
/// far and the same command goes on; a single grading writes no result.
/// </summary>
public static class GraderCommandLine
{
    /// <summary>Grading (or packaging) completed.</summary>
    public const int Completed = 0;

    /// <summary>The grader itself failed.</summary>
    public const int GraderFault = 1;

    /// <summary>The command line was wrong.</summary>
    public const int UsageError = 2;

    /// <summary>Interrupted by Ctrl-C (SIGINT): 128 + 2, as a shell reports a program the signal ended.</summary>
    public const int Interrupted = 130;

    /// <summary>Stopped by SIGTERM: 128 + 15.</summary>
    public const int Terminated = 143;

    /// <summary>The short usage printed with every usage error: one line per mode, the main options of each.</summary>
    public const string Usage =
        "usage: ./grade.sh SUBMISSION [--out FILE] [--format NAME] [--student-id ID] [--exercise DIR]\n" +
        "       ./grade.sh --batch SUBMISSIONS_DIR --out OUT_DIR [--jobs N] [--force] [--gradebook NAME] [--roster FILE] [--layout NAME] [--shard I/N]\n" +
        "       ./grade.sh --merge SHARD_DIR... --out OUT_DIR [--gradebook NAME]\n" +
        "       ./grade.sh --release OUT_DIR | --gradescope-bundle OUT.zip | --docker-context OUT_DIR | --exercise-pack OUT_DIR\n" +
        "       (more: ./grade.sh --help, ./grade.sh --batch --help)";

    /// <summary>--exercise DIR: the exercise pack to grade with (default: the kit's own, built beside the grader).</summary>
    /// <returns>A new option (an option belongs to one command).</returns>
    public static Option<string?> ExerciseOption() => new("--exercise")
    {
        Description = $"The exercise pack to grade with: a folder holding {ExercisePack.ManifestFileName} and the hidden tests' assembly (default: the kit's own, which grade.sh builds).",
        HelpName = "DIR",
    };

    /// <summary>--allow-unsandboxed.</summary>
    /// <returns>A new option.</returns>
    public static Option<bool> AllowUnsandboxedOption() => new(WorkerSandbox.OptOutFlag)
    {
        Description = "Grade even where student code cannot be isolated (no bubblewrap, or namespaces refused). Without it such a machine refuses to grade. Only on a machine or container you can throw away.",
    };

    /// <summary>
    /// Parses <paramref name="args"/> with <paramref name="root"/>. Help wins wherever it stands
    /// ("--batch --help" asks for help, not for a class in a folder named --help), and a value that
    /// is itself an option ("--out --format junit") is a usage error, not a file named "--format".
    /// </summary>
    /// <param name="root">The program's command.</param>
    /// <param name="args">The command-line arguments.</param>
    /// <param name="parsed">The parse, when the line is to be run.</param>
    /// <returns>The exit code when the line is done with (help or version printed, or a usage error reported); null when it is to be run.</returns>
    public static int? Parse(RootCommand root, string[] args, out ParseResult parsed)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(args);
        if (args.Any(a => a is "--help" or "-h" or "-?"))
        {
            parsed = root.Parse(["--help"]);
            return parsed.Invoke();
        }

        parsed = root.Parse(args);
        var problems = parsed.Errors.Select(e => e.Message)
            .Concat(parsed.CommandResult.Children.OfType<OptionResult>()
                .SelectMany(o => o.Tokens.Where(t => t.Value.StartsWith("--", StringComparison.Ordinal))
                    .Select(t => $"{o.Option.Name} needs its value before '{t.Value}', which is an option: write {o.Option.Name} {o.Option.HelpName ?? "VALUE"}")))
            .ToList();
        if (problems.Count > 0)
        {
            return UsageFailure(problems);
        }

        // --version: System.CommandLine prints it.
        return parsed.Action is not null ? parsed.Invoke() : null;
    }

    /// <summary>Prints the problems and the usage line; returns the usage-error exit code.</summary>
    /// <param name="problems">What is wrong with the command line.</param>
    /// <returns><see cref="UsageError"/>.</returns>
    public static int UsageFailure(IEnumerable<string> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        foreach (var problem in problems)
        {
            GraderConsole.Error.WriteLine($"grade.sh: {problem}");
        }

        GraderConsole.Error.WriteLine(Usage);
        return UsageError;
    }

    /// <summary>Loads the exercise pack in <paramref name="folder"/> (the default one when null); the problem, already on stderr, when it cannot be.</summary>
    /// <param name="folder">The --exercise value.</param>
    /// <param name="pack">The pack, when loaded.</param>
    /// <returns>Null when loaded; otherwise why not.</returns>
    public static ExercisePackException? LoadPack(string? folder, out ExercisePack? pack)
    {
        try
        {
            pack = ExercisePack.Load(folder ?? ExercisePack.DefaultFolder);
            return null;
        }
        catch (ExercisePackException problem)
        {
            GraderConsole.Error.WriteLine($"grade.sh: {problem.Message}");
            pack = null;
            return problem;
        }
    }

    /// <summary>Chooses the workers' sandbox, failing closed; the refusal (already explained on stderr) when there is none.</summary>
    /// <param name="allowUnsandboxed">Whether the instructor opted out of isolation.</param>
    /// <returns>Null when grading may go ahead.</returns>
    public static SandboxUnavailableException? ChooseSandbox(bool allowUnsandboxed)
    {
        try
        {
            var sandbox = WorkerSandbox.Select(allowUnsandboxed);
            if (!sandbox.Isolates)
            {
                GraderConsole.Error.WriteLine($"grade.sh: WARNING: student code runs without isolation ({WorkerSandbox.OptOutFlag}): {sandbox.Missing}.");
            }

            return null;
        }
        catch (SandboxUnavailableException refusal)
        {
            GraderConsole.Error.WriteLine($"grade.sh: {refusal.Message}");
            return refusal;
        }
    }
}
