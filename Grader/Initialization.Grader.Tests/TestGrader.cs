using Initialization.Grader.Exercise;
using Initialization.Grader.Pipeline;

namespace Initialization.Grader.Tests;

/// <summary>One grader for the whole test run (its compile references load once), with short limits.</summary>
internal static class TestGrader
{
    /// <summary>
    /// Shorter than the defaults, so hostile cases cost little time; still far above what correct
    /// code needs. The limit per call stays the pack's 2 s: with 1 s, the hostile case that returned
    /// a million-entry dictionary (250,000 entries now) ran out of time before the grader could
    /// refuse it for its size (in CI, as the ordinary user, beside the other test runs).
    /// </summary>
    public static GradingLimits Limits { get; } = GradingLimits.Default with
    {
        PerCall = TimeSpan.FromSeconds(2),
        PerSubmission = TimeSpan.FromSeconds(20),
    };

    /// <summary>
    /// The compile children every grader of <see cref="Limits"/> in this test run shares: a new
    /// child compiles Roslyn just in time (this build is not precompiled), seconds of CPU each.
    /// Idle children use no CPU; they end with the test run.
    /// </summary>
    private static readonly Lazy<CompilerPool> s_compilers = new(() => new CompilerPool(new CompilerLauncher(Limits)));

    private static readonly Lazy<SubmissionGrader> s_grader = new(() => WithSharedCompilers(TestPacks.Initialization));

    /// <summary>
    /// A grader of <paramref name="pack"/> that takes its compile children from the test run's
    /// shared ones, with <see cref="Limits"/> or <paramref name="limits"/> (whose compile limits
    /// must be <see cref="Limits"/>'s).
    /// </summary>
    public static SubmissionGrader WithSharedCompilers(ExercisePack pack, WorkerPool? workers = null, bool enforceApiPolicy = true, GradingLimits? limits = null) =>
        new(pack, limits ?? Limits, workers, s_compilers.Value, enforceApiPolicy);

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
