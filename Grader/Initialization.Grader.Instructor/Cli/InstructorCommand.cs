using System.CommandLine;
using Initialization.Grader.Batch.Identity;
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
        Description = "Grade a whole class: every folder or .cs file in SUBMISSIONS_DIR is one student, named by the entry, by its LMS export (Canvas, Moodle, Gradescope, GitHub Classroom) or by --roster. Needs --out OUT_DIR.",
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

    private static readonly Option<string?> s_assignment = new("--assignment")
    {
        Description = "With --gradebook: the assignment's name in the gradebook (default: course.json's assignment name, else the exercise's title).",
        HelpName = "NAME",
    };

    private static readonly Option<string?> s_canvasAssignmentId = new("--canvas-assignment-id")
    {
        Description = "With --gradebook canvas: the Canvas assignment's id (the number in its URL), so the import updates that assignment instead of creating a new one (default: course.json's canvas_assignment_id).",
        HelpName = "ID",
    };

    private static readonly Option<string?> s_canvasStudentKey = new("--canvas-student-key")
    {
        Description = $"With --gradebook canvas: which Canvas column the student ids go to: {string.Join(" | ", GradebookSettings.CanvasStudentKeys.Keys)} (default: course.json's canvas_student_key, else sis-login).",
        HelpName = "KEY",
    };

    private static readonly Option<string?> s_moodleIdColumn = new("--moodle-id-column")
    {
        Description = "With --gradebook moodle: the identifier column's header, saying what the student ids are (map it to username, idnumber, email or userid when importing; default: course.json's moodle_id_column, else Username).",
        HelpName = "NAME",
    };

    private static readonly Option<string?> s_shard = new("--shard")
    {
        Description = "With --batch: grade only shard I of N (I from 0 to N-1) into OUT_DIR/shard-I, for --merge; the student at position k of the sorted class belongs to shard k mod N.",
        HelpName = "I/N",
    };

    private static readonly Option<string?> s_shardCount = new("--shard-count")
    {
        Description = $"With --batch in a Kubernetes Indexed Job: the number of shards (the Job's completions; or set {ShardArguments.CountVariable}); this shard's number comes from {ShardArguments.IndexVariable}.",
        HelpName = "N",
    };

    private static readonly Option<string[]> s_merge = new("--merge")
    {
        Description = "Combine the outputs of --shard runs (their folders, or folders holding shard-I folders) into OUT_DIR, as one --batch run of the class would have written them; grades nobody.",
        HelpName = "DIR",
        AllowMultipleArgumentsPerToken = true,
        Arity = ArgumentArity.OneOrMore,
    };

    private static readonly Option<string?> s_roster = new("--roster")
    {
        Description = "With --batch: a CSV mapping each submission to its student (columns submission or key, student_id, and optional login, name, email, section; see README, \"Student identity\"). Problems are all reported before grading.",
        HelpName = "FILE",
    };

    private static readonly Option<string?> s_layout = new("--layout")
    {
        Description = $"With --batch: how SUBMISSIONS_DIR names its students: {string.Join(" | ", IdentityOptions.LayoutNames.Keys)} (default: detected; classroom only when asked or with --classroom-prefix).",
        HelpName = "NAME",
    };

    private static readonly Option<string?> s_classroomPrefix = new("--classroom-prefix")
    {
        Description = "With --batch: GitHub Classroom's repository prefix (e.g. initialization-); the rest of each folder's name is the student's GitHub username.",
        HelpName = "PREFIX",
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
        var root = new RootCommand("The instructor tool: grades a whole class or a shard of one (--batch, --shard), merges shards (--merge) and packages the kit (--release, --gradescope-bundle, --docker-context, --exercise-pack).")
        {
            s_stray,
            s_batch,
            s_out,
            s_format,
            s_jobs,
            s_force,
            s_gradebook,
            s_assignment,
            s_canvasAssignmentId,
            s_canvasStudentKey,
            s_moodleIdColumn,
            s_shard,
            s_shardCount,
            s_merge,
            s_roster,
            s_layout,
            s_classroomPrefix,
            s_exercise,
            s_allowUnsandboxed,
        };
        foreach (var option in PackagingCommand.Options)
        {
            root.Options.Add(option);
        }

        if (GraderCommandLine.Parse(root, args, out var parsed) is { } done)
        {
            return done;
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

        var merge = parsed.GetValue(s_merge) ?? [];
        var batch = parsed.GetValue(s_batch);
        if (merge.Length > 0 && batch is not null)
        {
            return GraderCommandLine.UsageFailure(["give --batch (grade a class or a shard of it) or --merge (combine shards), not both"]);
        }

        if (batch is null && merge.Length == 0)
        {
            return GraderCommandLine.UsageFailure(["the instructor tool grades a class (--batch SUBMISSIONS_DIR), merges shards of one (--merge DIR...) or packages the kit; grade.sh grades a single submission with the grader"]);
        }

        if (parsed.GetValue(s_canvasStudentKey) is { } keyName && !GradebookSettings.CanvasStudentKeys.ContainsKey(keyName))
        {
            return GraderCommandLine.UsageFailure([$"unknown --canvas-student-key '{parsed.GetValue(s_canvasStudentKey)}': use one of {string.Join(", ", GradebookSettings.CanvasStudentKeys.Keys)}"]);
        }

        var gradebookOptions = new Option[] { s_assignment, s_canvasAssignmentId, s_canvasStudentKey, s_moodleIdColumn };
        if ((parsed.GetValue(s_gradebook) ?? []).Length == 0 && gradebookOptions.FirstOrDefault(o => parsed.GetResult(o) is { Implicit: false }) is { } lonely)
        {
            return GraderCommandLine.UsageFailure([$"{lonely.Name} shapes a platform gradebook: add --gradebook canvas or --gradebook moodle"]);
        }

        ExportLayout? layout = null;
        if (parsed.GetValue(s_layout) is { } layoutName)
        {
            if (!IdentityOptions.LayoutNames.TryGetValue(layoutName, out var named))
            {
                return GraderCommandLine.UsageFailure([$"unknown --layout '{layoutName}': use one of {string.Join(", ", IdentityOptions.LayoutNames.Keys)}"]);
            }

            layout = named;
        }

        if (parsed.GetValue(s_classroomPrefix) is { } prefix && layout is not (null or ExportLayout.Classroom))
        {
            return GraderCommandLine.UsageFailure([$"--classroom-prefix names GitHub Classroom repositories: drop it, or use --layout classroom (not {parsed.GetValue(s_layout)})"]);
        }

        var identity = new IdentityOptions(parsed.GetValue(s_roster), layout, parsed.GetValue(s_classroomPrefix));
        var gradebook = new GradebookOptions(parsed.GetValue(s_assignment), parsed.GetValue(s_canvasAssignmentId), parsed.GetValue(s_canvasStudentKey), parsed.GetValue(s_moodleIdColumn));
        if (merge.Length > 0)
        {
            // Merging reads the shards' records: options that shape grading have no effect, so they are refused rather than ignored.
            var gradingOptions = new Option[] { s_shard, s_shardCount, s_jobs, s_force, s_format, s_allowUnsandboxed };
            if (gradingOptions.FirstOrDefault(o => parsed.GetResult(o) is { Implicit: false }) is { } grading)
            {
                return GraderCommandLine.UsageFailure([$"{grading.Name} shapes grading, and --merge grades nobody: give it to the --batch --shard runs"]);
            }

            return MergeCommand.Run(new MergeRequest(merge, parsed.GetValue(s_stray), parsed.GetValue(s_out), parsed.GetValue(s_gradebook) ?? [], parsed.GetValue(s_exercise), gradebook));
        }

        if (ShardArguments.Resolve(parsed.GetValue(s_shard), parsed.GetValue(s_shardCount), Environment.GetEnvironmentVariable, out var shard) is { } shardProblem)
        {
            return GraderCommandLine.UsageFailure([shardProblem]);
        }

        return BatchCommand.Run(
            new BatchRequest(batch!, parsed.GetValue(s_stray), parsed.GetValue(s_out), parsed.GetValue(s_jobs), parsed.GetValue(s_force), format, parsed.GetValue(s_gradebook) ?? [], parsed.GetValue(s_exercise), parsed.GetValue(s_allowUnsandboxed), gradebook, shard, identity, args));
    }
}
