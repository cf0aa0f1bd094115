using System.CommandLine;
using Initialization.Grader.Pipeline;
using Initialization.Grader.Reporting;

namespace Initialization.Grader.Cli;

/// <summary>
/// The command line of grade.sh: <c>SUBMISSION [--out FILE]</c>. Exit codes: 0 when grading
/// completed (whatever the score, not-gradable included), 2 for usage errors, 1 when the grader
/// itself failed; even then a JSON result saying so is written.
/// </summary>
public static class GradeCommand
{
    /// <summary>Grading completed.</summary>
    public const int Graded = 0;

    /// <summary>The grader itself failed.</summary>
    public const int GraderFault = 1;

    /// <summary>The command line was wrong.</summary>
    public const int UsageError = 2;

    /// <summary>Parses the arguments and grades.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <returns>The exit code.</returns>
    public static int Run(string[] args)
    {
        var submission = new Argument<string>("SUBMISSION") { Description = "The student's Initializers.cs, or a folder holding it (e.g. /autograder/submission)." };
        var output = new Option<string?>("--out") { Description = "Write the JSON score to this file (default: standard output).", HelpName = "FILE" };
        var root = new RootCommand("Grades a submission of the Initialization exercise and prints its score as Gradescope results.json.") { submission, output };

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                Console.Error.WriteLine($"grade.sh: {error.Message}");
            }

            Console.Error.WriteLine("usage: ./grade.sh SUBMISSION [--out FILE]   (./grade.sh --help for more)");
            return UsageError;
        }

        if (parsed.Action is not null)
        {
            // --help or --version: System.CommandLine prints it.
            return parsed.Invoke();
        }

        return Grade(parsed.GetValue(submission)!, parsed.GetValue(output));
    }

    private static int Grade(string path, string? outFile)
    {
        GradingResult result;
        var exitCode = Graded;
        try
        {
            var grader = new SubmissionGrader(CompileReferences.Load(), GradingLimits.Default);
            result = grader.Grade(path);
        }
        catch (Exception exception)
        {
            exitCode = GraderFault;
            Console.Error.WriteLine($"grade.sh: the grader failed: {exception}");
            result = new GradingResult(false, $"The grader failed while grading this submission ({exception.GetType().Name}: {exception.Message}). This is not your fault: please tell your instructor.", [], string.Empty, 0);
        }

        var json = GradescopeReport.Write(result);
        if (outFile is null)
        {
            Console.Out.Write(json);
        }
        else
        {
            ResultFile.Write(outFile, json);
        }

        Console.Error.WriteLine(result.Summary);
        return exitCode;
    }
}
