using Initialization.Shared;

namespace Initialization.Grader.HiddenTests.Subject;

/// <summary>How a call of a graded method ended, from the tests' point of view.</summary>
public enum CallKind
{
    /// <summary>It returned a dictionary (possibly with null entries).</summary>
    Returned,

    /// <summary>It returned null.</summary>
    ReturnedNull,

    /// <summary>It threw an exception (not implemented yet, index out of range, …).</summary>
    Threw,

    /// <summary>It could not be called: a compile error, a missing method, a forbidden API, too much data returned.</summary>
    Unavailable,

    /// <summary>It ran past its time limit.</summary>
    TimedOut,

    /// <summary>It took the process running it down (stack overflow, exit, …).</summary>
    Crashed,
}

/// <summary>The outcome of one call of a graded method.</summary>
/// <param name="Kind">How it ended.</param>
/// <param name="Parameters">The returned entries when <see cref="CallKind.Returned"/> (values may be null).</param>
/// <param name="InputAfterCall">The layer sizes as the method left them (null when unknown).</param>
/// <param name="Explanation">For anything but a return: what happened, in the student's terms.</param>
public sealed record CallOutcome(CallKind Kind, IReadOnlyDictionary<string, Matrix?>? Parameters, int[]? InputAfterCall, string? Explanation)
{
    /// <summary>A normal return.</summary>
    public static CallOutcome Returned(IReadOnlyDictionary<string, Matrix?> parameters, int[] inputAfterCall) =>
        new(CallKind.Returned, parameters, inputAfterCall, null);

    /// <summary>An outcome without parameters.</summary>
    public static CallOutcome Failed(CallKind kind, string explanation, int[]? inputAfterCall = null) =>
        new(kind, null, inputAfterCall, explanation);
}
