namespace Initialization.Grader.HiddenTests.Subject;

/// <summary>
/// The submission the hidden tests examine. The grader sets it around each run of the tests in
/// its own process; under `dotnet test` it is the reference solution. It flows with the run
/// (an async-local value), so batch grading can run the tests for several submissions at once.
/// </summary>
public static class SubmissionUnderTest
{
    private static readonly ISubmission s_reference = new ReferenceSubmission();
    private static readonly AsyncLocal<ISubmission?> s_current = new();

    /// <summary>The subject of the tests now running on this flow of execution.</summary>
    public static ISubmission Current => s_current.Value ?? s_reference;

    /// <summary>Makes <paramref name="submission"/> the subject until the returned scope is disposed.</summary>
    /// <param name="submission">The submission to test.</param>
    /// <returns>A scope that restores the previous subject.</returns>
    public static IDisposable Use(ISubmission submission)
    {
        ArgumentNullException.ThrowIfNull(submission);
        var previous = s_current.Value;
        s_current.Value = submission;
        return new Restore(previous);
    }

    private sealed class Restore(ISubmission? previous) : IDisposable
    {
        public void Dispose() => s_current.Value = previous;
    }
}
