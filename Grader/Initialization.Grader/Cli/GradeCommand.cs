using System.CommandLine;
using Initialization.Grader.Pipeline;
using Initialization.Grader.Reporting;

namespace Initialization.Grader.Cli;

/// <summary>
/// The command line of grade.sh. Exit codes: 0 when grading completed (whatever the score,
/// not-gradable included), 2 for usage errors, 1 when the grader itself failed; even then a
/// result saying so is written.
/// </summary>
public static class GradeCommand
{
    /// <summary>Grading completed.</summary>
    public const int Graded = 0;

    /// <summary>The grader itself failed.</summary>
    public const int GraderFault = 1;

    /// <summary>The command line was wrong.</summary>
    public const int UsageError = 2;

    /// <summary>The short usage line printed with every usage error.</summary>
    public const string Usage = "usage: ./grade.sh SUBMISSION [--out FILE] [--format NAME] [--student-id ID] | --batch SUBMISSIONS_DIR --out OUT_DIR [--jobs N] [--force] [--gradebook NAME]   (./grade.sh --help for more; packaging: --release OUT_DIR | --gradescope-bundle OUT.zip | --docker-context OUT_DIR)";

    private static readonly Argument<string?> s_submission = new("SUBMISSION")
    {
        Description = "The student's Initializers.cs, or a folder holding it (e.g. /autograder/submission).",
        Arity = ArgumentArity.ZeroOrOne,
    };

    private static readonly Option<string?> s_out = new("--out")
    {
        Description = "Write the result to this file (default: standard output).",
        HelpName = "FILE",
    };

    private static readonly Option<string> s_format = new("--format")
    {
        Description = $"The result format: {string.Join(" | ", ResultFormats.All.Select(f => f.Name))} (default: {ResultFormats.Default.Name}).",
        HelpName = "NAME",
        DefaultValueFactory = _ => ResultFormats.Default.Name,
    };

    private static readonly Option<string?> s_batch = new("--batch")
    {
        Description = "Grade a whole class: every folder or .cs file in SUBMISSIONS_DIR is one student, named by the entry. Needs --out OUT_DIR.",
        HelpName = "SUBMISSIONS_DIR",
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

    private static readonly Option<bool> s_allowUnsandboxed = new(WorkerSandbox.OptOutFlag)
    {
        Description = "Grade even where student code cannot be isolated (no bubblewrap, or namespaces refused). Without it such a machine refuses to grade. Only on a machine or container you can throw away.",
    };

    private static readonly Option<string?> s_studentId = new("--student-id")
    {
        Description = "The student's id on the platform, for formats that name the student (lti-ags: the LTI user id).",
        HelpName = "ID",
    };

    /// <summary>Parses the arguments and runs what they ask for.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <returns>The exit code.</returns>
    public static int Run(string[] args)
    {
        var root = new RootCommand("Grades submissions of the Initialization exercise. The result goes to --out FILE, or to stdout; a short summary goes to stderr.")
        {
            s_submission,
            s_out,
            s_format,
            s_batch,
            s_jobs,
            s_force,
            s_gradebook,
            s_studentId,
            s_allowUnsandboxed,
        };
        foreach (var option in PackagingCommand.Options)
        {
            root.Options.Add(option);
        }

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            return UsageFailure(parsed.Errors.Select(e => e.Message));
        }

        if (parsed.Action is not null)
        {
            // --help or --version: System.CommandLine prints it.
            return parsed.Invoke();
        }

        if (PackagingCommand.IsRequested(parsed))
        {
            return PackagingCommand.Run(parsed, parsed.GetValue(s_submission));
        }

        var format = ResultFormats.Find(parsed.GetValue(s_format)!);
        if (format is null)
        {
            return UsageFailure([$"unknown format '{parsed.GetValue(s_format)}': use one of {string.Join(", ", ResultFormats.All.Select(f => f.Name))}"]);
        }

        if (parsed.GetValue(s_batch) is { } submissions)
        {
            return BatchCommand.Run(submissions, parsed.GetValue(s_submission), parsed.GetValue(s_out), parsed.GetValue(s_jobs), parsed.GetValue(s_force), format, parsed.GetValue(s_gradebook) ?? [], parsed.GetValue(s_allowUnsandboxed));
        }

        if (parsed.GetResult(s_force) is { Implicit: false } || parsed.GetResult(s_jobs) is { Implicit: false } || parsed.GetResult(s_gradebook) is { Implicit: false })
        {
            return UsageFailure(["--jobs, --force and --gradebook go with --batch"]);
        }

        if (parsed.GetValue(s_submission) is not { } submission)
        {
            return UsageFailure(["say which submission to grade"]);
        }

        var studentId = parsed.GetValue(s_studentId);
        if (format.NeedsStudentId && string.IsNullOrWhiteSpace(studentId))
        {
            return UsageFailure([$"the {format.Name} format names the student: add --student-id ID"]);
        }

        return GradeOne(submission, parsed.GetValue(s_out), format, studentId, parsed.GetValue(s_allowUnsandboxed));
    }

    /// <summary>Prints the problems and the usage line; returns the usage-error exit code.</summary>
    /// <param name="problems">What is wrong with the command line.</param>
    /// <returns><see cref="UsageError"/>.</returns>
    public static int UsageFailure(IEnumerable<string> problems)
    {
        foreach (var problem in problems)
        {
            Console.Error.WriteLine($"grade.sh: {problem}");
        }

        Console.Error.WriteLine(Usage);
        return UsageError;
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
                Console.Error.WriteLine($"grade.sh: WARNING: student code runs without isolation ({WorkerSandbox.OptOutFlag}): {sandbox.Missing}.");
            }

            return null;
        }
        catch (SandboxUnavailableException refusal)
        {
            Console.Error.WriteLine($"grade.sh: {refusal.Message}");
            return refusal;
        }
    }

    private static void Emit(string text, string? outFile)
    {
        if (outFile is null)
        {
            Console.Out.Write(text);
        }
        else
        {
            ResultFile.Write(outFile, text);
        }
    }

    /// <summary>The rubric's total, or 0 when even that cannot be read (a broken grader build).</summary>
    private static double RubricMaximum()
    {
        try
        {
            return HiddenTestRunner.Rubric().Sum(t => t.MaxScore);
        }
        catch (Exception exception) when (exception is IOException or InvalidOperationException or TypeLoadException)
        {
            return 0;
        }
    }

    private static int GradeOne(string path, string? outFile, IResultFormat format, string? studentId, bool allowUnsandboxed)
    {
        if (ChooseSandbox(allowUnsandboxed) is { } refusal)
        {
            Emit(format.Write(GradingResult.GraderFailure(refusal) with { MaxScore = RubricMaximum() }, new ReportContext(studentId, DateTimeOffset.UtcNow)), outFile);
            return GraderFault;
        }

        GradingResult result;
        var exitCode = Graded;
        try
        {
            using var grader = new SubmissionGrader(GradingLimits.Default);
            result = grader.Grade(path);
        }
        catch (Exception exception)
        {
            exitCode = GraderFault;
            Console.Error.WriteLine($"grade.sh: the grader failed: {exception}");
            result = GradingResult.GraderFailure(exception) with { MaxScore = RubricMaximum() };
        }

        Emit(format.Write(result, new ReportContext(studentId, DateTimeOffset.UtcNow)), outFile);

        Console.Error.WriteLine(result.Summary);
        Console.Error.WriteLine($"(worker sandbox: {WorkerSandbox.Current.Description})");
        PeakMemory.ReportIfAsked();
        return exitCode;
    }
}
