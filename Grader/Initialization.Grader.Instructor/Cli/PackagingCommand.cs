using System.CommandLine;
using Initialization.Grader.Hosting;
using Initialization.Grader.Packaging;

namespace Initialization.Grader.Cli;

/// <summary>
/// grade.sh's packaging modes, which build something instead of grading: the student release
/// (--release), the Gradescope autograder zip (--gradescope-bundle), the grader image's
/// Docker build context (--docker-context) and the exercise pack (--exercise-pack). One at a
/// time, without a SUBMISSION.
/// </summary>
public static class PackagingCommand
{
    private static readonly Option<string?> s_release = new("--release")
    {
        Description = "Write the student kit (what kit.json ships, a README, the GitHub Classroom workflow) into a new or empty folder, and grade nothing.",
        HelpName = "OUT_DIR",
    };

    private static readonly Option<string?> s_gradescopeBundle = new("--gradescope-bundle")
    {
        Description = "Write the Gradescope autograder zip (setup.sh, run_autograder, the self-contained grader), and grade nothing.",
        HelpName = "OUT.zip",
    };

    private static readonly Option<string?> s_dockerContext = new("--docker-context")
    {
        Description = "Write the Docker build context of the grader image (PrairieLearn's external grader) into a new or empty folder, and grade nothing.",
        HelpName = "OUT_DIR",
    };

    private static readonly Option<string?> s_exercisePack = new("--exercise-pack")
    {
        Description = "Write the kit's exercise pack (the hidden tests and exercise.json) into a new or empty folder: a PrairieLearn question's tests/ folder, or --exercise DIR elsewhere. Instructors only: it holds the expected values.",
        HelpName = "OUT_DIR",
    };

    /// <summary>The packaging options, for the root command.</summary>
    public static IReadOnlyList<Option> Options { get; } = [s_release, s_gradescopeBundle, s_dockerContext, s_exercisePack];

    /// <summary>Whether the command line asks for a packaging mode.</summary>
    /// <param name="parsed">The parsed command line.</param>
    /// <returns>True when one of the packaging options is given.</returns>
    public static bool IsRequested(ParseResult parsed) => Options.Any(o => parsed.GetResult(o) is not null);

    /// <summary>Builds what the command line asks for.</summary>
    /// <param name="parsed">The parsed command line.</param>
    /// <param name="submission">The SUBMISSION argument, which packaging modes do not take.</param>
    /// <returns>The exit code: 0 built, 2 bad request (nothing written), 1 the build failed.</returns>
    public static int Run(ParseResult parsed, string? submission)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        var requested = Options.Where(o => parsed.GetResult(o) is not null).ToList();
        if (requested.Count > 1)
        {
            return GraderCommandLine.UsageFailure([$"{string.Join(" and ", requested.Select(o => o.Name))} build different things: give one at a time"]);
        }

        if (submission is not null)
        {
            return GraderCommandLine.UsageFailure([$"{requested[0].Name} builds a package and grades nothing: drop the SUBMISSION ({submission})"]);
        }

        try
        {
            var kit = KitRepository.Locate();
            if (parsed.GetValue(s_release) is { } releaseFolder)
            {
                var files = StudentRelease.Write(kit, releaseFolder);
                GraderConsole.Error.WriteLine($"grade.sh: wrote the student kit ({files.Count} files) to {releaseFolder}: push it as the assignment's template repository");
            }
            else if (parsed.GetValue(s_gradescopeBundle) is { } zip)
            {
                GradescopeBundle.Write(kit, SelfContainedGrader.Locate(), zip);
                GraderConsole.Error.WriteLine($"grade.sh: wrote the Gradescope autograder bundle to {zip} ({new FileInfo(zip).Length / (1024 * 1024)} MB): upload it in the assignment's Configure Autograder page");
            }
            else if (parsed.GetValue(s_dockerContext) is { } contextFolder)
            {
                DockerContext.Write(kit, SelfContainedGrader.Locate(), contextFolder);
                GraderConsole.Error.WriteLine($"grade.sh: wrote the grader image's build context to {contextFolder}: build it with docker build -t initialization-grader {contextFolder}");
            }
            else if (parsed.GetValue(s_exercisePack) is { } packFolder)
            {
                var files = SelfContainedGrader.Locate().ExercisePackFiles().ToList();
                OutputFolder.Create(packFolder, staging =>
                {
                    foreach (var (relative, fullPath) in files)
                    {
                        var destination = Path.Combine(staging, relative);
                        Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
                        File.Copy(fullPath, destination);
                    }
                });
                GraderConsole.Error.WriteLine($"grade.sh: wrote the exercise pack ({files.Count} files) to {packFolder}: a PrairieLearn question's tests/ folder (keep it private)");
            }
            else
            {
                return GraderCommandLine.UsageFailure([$"{requested[0].Name} needs a path"]);
            }

            return GraderCommandLine.Completed;
        }
        catch (PackagingException problem)
        {
            GraderConsole.Error.WriteLine($"grade.sh: {problem.Message}");
            return GraderCommandLine.UsageError;
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException)
        {
            GraderConsole.Error.WriteLine($"grade.sh: {requested[0].Name} failed: {failure.Message}");
            return GraderCommandLine.GraderFault;
        }
    }
}
