using Initialization.Grader.Pipeline;

namespace Initialization.Grader.Tests;

/// <summary>One grader for the whole test run (its compile references load once), with short limits.</summary>
internal static class TestGrader
{
    /// <summary>Shorter than the defaults, so hostile cases cost little time; still far above what correct code needs.</summary>
    public static GradingLimits Limits { get; } = GradingLimits.Default with
    {
        PerCall = TimeSpan.FromSeconds(2),
        PerSubmission = TimeSpan.FromSeconds(20),
    };

    private static readonly Lazy<SubmissionGrader> s_grader = new(() => new SubmissionGrader(TestPacks.Initialization, Limits));

    // Never disposed, like s_grader: its children end with the test process.
    private static readonly Lazy<SubmissionGrader> s_pooled = new(() => new SubmissionGrader(TestPacks.Initialization, Limits, new WorkerPool(new WorkerLauncher(Limits))));

    /// <summary>
    /// One grader with pooled workers, as batch mode grades, shared by the batch tests: a new one
    /// per batch would start (and compile Roslyn for) a new compile child each time, seconds a test.
    /// </summary>
    public static SubmissionGrader Pooled => s_pooled.Value;

    public static GradingResult Grade(string path) => s_grader.Value.Grade(path);

    /// <summary>Grades <paramref name="source"/> saved as Initializers.cs in a fresh temporary folder.</summary>
    public static GradingResult GradeText(string source) => GradeText(source, s_grader.Value);

    /// <summary>Grades <paramref name="source"/> saved as Initializers.cs in a fresh temporary folder, with <paramref name="grader"/>.</summary>
    public static GradingResult GradeText(string source, SubmissionGrader grader)
    {
        using var folder = new TemporaryFolder();
        File.WriteAllText(Path.Combine(folder.Path, "Initializers.cs"), source);
        return grader.Grade(folder.Path);
    }

    public static double MethodScore(GradingResult result, string method) => result.Tests.Where(t => t.Method == method).Sum(t => t.Score);

    public static double MethodMax(GradingResult result, string method) => result.Tests.Where(t => t.Method == method).Sum(t => t.MaxScore);

    public static string MethodFeedback(GradingResult result, string method) =>
        string.Join("\n\n", result.Tests.Where(t => t.Method == method && !t.Passed).Select(t => t.Feedback));
}
