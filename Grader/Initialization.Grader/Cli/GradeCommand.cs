using System.CommandLine;
using Initialization.Grader.Exercise;
using Initialization.Grader.Hosting;
using Initialization.Grader.Pipeline;
using Initialization.Grader.Reporting;

namespace Initialization.Grader.Cli;

/// <summary>
/// The grader's command line (grade.sh SUBMISSION …): grades one submission with an exercise
/// pack and writes the result in the asked format. Exit codes: <see cref="GraderCommandLine"/>;
/// after Ctrl-C or SIGTERM, no result at all (a grading cut short is no grade).
/// </summary>
public static class GradeCommand
{
    private static readonly Argument<string?> s_submission = new("SUBMISSION")
    {
        Description = "The student's file (e.g. Initializers.cs), or a folder holding it (e.g. /autograder/submission).",
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

    private static readonly Option<string?> s_studentId = new("--student-id")
    {
        Description = "The student's id on the platform, for formats that name the student (lti-ags: the LTI user id).",
        HelpName = "ID",
    };

    private static readonly Option<string?> s_exercise = GraderCommandLine.ExerciseOption();

    private static readonly Option<bool> s_allowUnsandboxed = GraderCommandLine.AllowUnsandboxedOption();

    /// <summary>Parses the arguments and grades.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <returns>The exit code.</returns>
    public static int Run(string[] args)
    {
        var root = new RootCommand("Grades one submission with an exercise pack. The result goes to --out FILE, or to stdout; a short summary goes to stderr. (grade.sh also grades whole classes and packages the kit: see README.md.)")
        {
            s_submission,
            s_out,
            s_format,
            s_studentId,
            s_exercise,
            s_allowUnsandboxed,
        };

        if (GraderCommandLine.Parse(root, args, out var parsed) is { } done)
        {
            return done;
        }

        var format = ResultFormats.Find(parsed.GetValue(s_format)!);
        if (format is null)
        {
            return GraderCommandLine.UsageFailure([$"unknown format '{parsed.GetValue(s_format)}': use one of {string.Join(", ", ResultFormats.All.Select(f => f.Name))}"]);
        }

        if (parsed.GetValue(s_submission) is not { } submission)
        {
            return GraderCommandLine.UsageFailure(["say which submission to grade"]);
        }

        var studentId = parsed.GetValue(s_studentId);
        if (format.NeedsStudentId && string.IsNullOrWhiteSpace(studentId))
        {
            return GraderCommandLine.UsageFailure([$"the {format.Name} format names the student: add --student-id ID"]);
        }

        if (parsed.GetValue(s_out) is { } outFile && Directory.Exists(outFile))
        {
            return GraderCommandLine.UsageFailure([$"--out '{outFile}' is a folder: give the file to write the result to (e.g. {Path.Combine(outFile, "results.json")})"]);
        }

        using var interruption = Interruption.Listen();
        var exitCode = GradeOne(submission, parsed.GetValue(s_exercise), format, studentId, parsed.GetValue(s_allowUnsandboxed), interruption, out var result);
        if (interruption.Requested && exitCode == interruption.ExitCode)
        {
            // Its worker was killed under it: whatever the grading concluded is not the student's.
            GraderConsole.Error.WriteLine($"grade.sh: stopped by {interruption.Signal}: {submission} was not graded and no result was written. Run the same command again to grade it.");
            return exitCode;
        }

        if (result is null)
        {
            GraderConsole.Error.WriteLine($"grade.sh: no {format.Name} result was written: after a grader fault the platform would take any score for a grade. Publish nothing for this student and grade again once the fault is fixed.");
            return exitCode;
        }

        return Emit(result, parsed.GetValue(s_out)) ? exitCode : GraderCommandLine.GraderFault;
    }

    /// <summary>The result in <paramref name="format"/>, or null for a grader fault the format cannot carry without a platform taking it for a grade.</summary>
    private static string? Written(IResultFormat format, GradingResult result, ReportContext context) =>
        result.GraderFault && !format.CanReportFaults ? null : format.Write(result, context);

    /// <summary>Writes the result to <paramref name="outFile"/> or stdout; false (and why, on stderr) when it cannot be written.</summary>
    private static bool Emit(string text, string? outFile)
    {
        if (outFile is null)
        {
            GraderConsole.Out.Write(text);
            return true;
        }

        try
        {
            ResultFile.Write(outFile, text);
            return true;
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            GraderConsole.Error.WriteLine($"grade.sh: the result could not be written to '{outFile}': {failure.Message} Give --out a file in a folder you can write to.");
            return false;
        }
    }

    /// <summary>Grades the submission; the result's text in the asked format (null for a fault the format cannot carry), and the exit code.</summary>
    private static int GradeOne(string path, string? exercise, IResultFormat format, string? studentId, bool allowUnsandboxed, Interruption interruption, out string? text)
    {
        var context = new ReportContext(studentId, DateTimeOffset.UtcNow);
        // Roslyn warms up on the other core while the pack loads; a path that is not there starts nothing.
        using var compilersAhead = File.Exists(path) || Directory.Exists(path) ? CompilerPool.StartedAhead(GradingLimits.Default) : null;
        if (GraderCommandLine.LoadPack(exercise, out var pack) is { } broken)
        {
            text = Written(format, GradingResult.GraderFailure(broken), context);
            return GraderCommandLine.GraderFault;
        }

        context = pack!.ReportContext(studentId, context.Timestamp);
        if (GraderCommandLine.ChooseSandbox(allowUnsandboxed) is { } refusal)
        {
            text = Written(format, GradingResult.GraderFailure(refusal) with { MaxScore = pack!.MaxScore }, context);
            return GraderCommandLine.GraderFault;
        }

        GradingResult result;
        var exitCode = GraderCommandLine.Completed;
        try
        {
            var limits = pack!.Limits(GradingLimits.Default);
            using var grader = new SubmissionGrader(pack, limits, pool: null, compilersAhead?.IfFits(limits));
            result = grader.Grade(path);
        }
        catch (Exception) when (interruption.Requested)
        {
            text = null;
            return interruption.ExitCode;
        }
        catch (Exception exception)
        {
            exitCode = GraderCommandLine.GraderFault;
            GraderConsole.Error.WriteLine($"grade.sh: the grader failed: {exception}");
            result = GradingResult.GraderFailure(exception) with { MaxScore = pack!.MaxScore };
        }

        if (interruption.Requested)
        {
            text = null;
            return interruption.ExitCode;
        }

        text = Written(format, result, context);
        GraderConsole.Error.WriteLine(result.Summary);
        GraderConsole.Error.WriteLine($"(worker sandbox: {WorkerSandbox.Current.Description})");
        PeakMemory.ReportIfAsked();
        return exitCode;
    }
}
