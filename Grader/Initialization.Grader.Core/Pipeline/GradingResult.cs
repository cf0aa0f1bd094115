namespace Initialization.Grader.Pipeline;

/// <summary>
/// The grader's one internal result, from which every output format (Gradescope, PrairieLearn,
/// JUnit, …) is written.
/// </summary>
/// <param name="Gradable">False when the submission could not be graded at all (no file, not text, …).</param>
/// <param name="Summary">A short text for the student: the score per method, or why it is not gradable.</param>
/// <param name="Tests">Every hidden test's result (empty when not gradable).</param>
/// <param name="StudentOutput">What the student's code printed (bounded; empty when nothing).</param>
/// <param name="ExecutionSeconds">Wall-clock time of grading: the only value that varies between runs.</param>
public sealed record GradingResult(bool Gradable, string Summary, IReadOnlyList<TestResult> Tests, string StudentOutput, double ExecutionSeconds)
{
    /// <summary>How the summary of a result that could not be graded starts.</summary>
    public const string NotGradablePrefix = "Not gradable: ";

    /// <summary>The sentence that ends every message about a fault of the grader (never the student's doing); grade.sh's own fault result repeats it.</summary>
    public const string NotYourFault = "This is not your fault: please tell your instructor.";

    /// <summary>The result when the grader itself failed: 0 points, and a message that says it is not the student's fault.</summary>
    /// <param name="exception">What went wrong.</param>
    /// <returns>A not-gradable result.</returns>
    public static GradingResult GraderFailure(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        // A broken pack is the instructor's to fix: its message says what, without the exception's type.
        if (exception is Exercise.ExercisePackException pack)
        {
            return new(false, $"The grader could not load its exercise: {pack.Message}. {NotYourFault}", [], string.Empty, 0) { GraderFault = true };
        }

        return new(false, $"The grader failed while grading this submission ({exception.GetType().Name}: {exception.Message}). {NotYourFault}", [], string.Empty, 0)
        {
            GraderFault = true,
        };
    }

    /// <summary>
    /// True when the grader itself failed (never the student's doing): formats that can say so
    /// report an error rather than a grade, and gradebooks leave the grade alone.
    /// </summary>
    public bool GraderFault { get; init; }

    /// <summary>The result for a submission that cannot be graded (the student's doing): 0 of the rubric's points.</summary>
    /// <param name="reason">Why, for the student.</param>
    /// <param name="maxScore">The rubric's total.</param>
    /// <param name="seconds">Time spent.</param>
    /// <returns>A not-gradable result.</returns>
    public static GradingResult NotGradable(string reason, double maxScore, double seconds) =>
        new(false, NotGradablePrefix + reason, [], string.Empty, seconds) { MaxScore = maxScore };

    /// <summary>Points as every report writes them: up to two decimals, invariant culture (e.g. "2.5").</summary>
    /// <param name="points">The points.</param>
    /// <returns>The text.</returns>
    public static string Points(double points) => points.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Points earned.</summary>
    public double Score => Tests.Sum(t => t.Score);

    /// <summary>Points available (the rubric's total even when not gradable).</summary>
    public double MaxScore { get; init; } = Tests.Sum(t => t.MaxScore);

    /// <summary>Points earned and available per graded method, in rubric order.</summary>
    public IReadOnlyList<(string Method, double Score, double MaxScore)> ByMethod =>
        [.. Tests.GroupBy(t => t.Method).Select(g => (g.Key, g.Sum(t => t.Score), g.Sum(t => t.MaxScore)))];
}
