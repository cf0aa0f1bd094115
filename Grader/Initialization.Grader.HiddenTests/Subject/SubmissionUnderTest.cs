namespace Initialization.Grader.HiddenTests.Subject;

/// <summary>
/// The submission the hidden tests examine. The grader sets it before running the tests in its
/// own process; under `dotnet test` it is the reference solution.
/// </summary>
public static class SubmissionUnderTest
{
    private static ISubmission s_current = new ReferenceSubmission();

    /// <summary>The subject of the tests now running.</summary>
    public static ISubmission Current
    {
        get => Volatile.Read(ref s_current);
        set => Volatile.Write(ref s_current, value ?? throw new ArgumentNullException(nameof(value)));
    }
}
