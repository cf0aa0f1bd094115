namespace Initialization.Grader.Exercise;

/// <summary>
/// The submission an exercise pack's tests examine. The grader sets it around each run of the
/// tests; it flows with the run (an async-local value), so batch grading can run the tests for
/// several submissions at once. Under a plain <c>dotnet test</c> of the pack nothing sets it and
/// the pack's reference solution stands in; once the grader has set a subject in a process, no
/// test ever falls back to the reference (a run without a subject fails instead of scoring the
/// reference's marks).
/// </summary>
public static class SubmissionUnderTest
{
    private static readonly AsyncLocal<ISubmission?> s_current = new();
    private static volatile bool s_graderRuns;

    /// <summary>The subject of the tests now running on this flow of execution, or <paramref name="reference"/> outside the grader.</summary>
    /// <param name="reference">The pack's reference solution, for its own <c>dotnet test</c>.</param>
    /// <returns>The submission to call.</returns>
    /// <exception cref="InvalidOperationException">The grader runs the tests without a subject (a grader fault).</exception>
    public static ISubmission CurrentOr(ISubmission reference) =>
        s_current.Value ?? (s_graderRuns ? throw new InvalidOperationException("the tests run without a submission under test") : reference);

    /// <summary>Makes <paramref name="submission"/> the subject until the returned scope is disposed.</summary>
    /// <param name="submission">The submission to test.</param>
    /// <returns>A scope that restores the previous subject.</returns>
    public static IDisposable Use(ISubmission submission)
    {
        ArgumentNullException.ThrowIfNull(submission);
        s_graderRuns = true;
        var previous = s_current.Value;
        s_current.Value = submission;
        return new Restore(previous);
    }

    private sealed class Restore(ISubmission? previous) : IDisposable
    {
        public void Dispose() => s_current.Value = previous;
    }
}
