namespace Initialization.Grader.Exercise;

/// <summary>How a call of a graded method ended, from the tests' point of view.</summary>
public enum CallKind
{
    /// <summary>It returned a value (see <see cref="CallOutcome.Value"/>).</summary>
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
/// <param name="Value">
/// The returned value when <see cref="CallKind.Returned"/>, in the canonical form of
/// <see cref="Protocol.Values.GradedValue"/>: numbers, strings, <c>int[]</c>, <c>double[]</c>,
/// <c>Matrix</c>, <c>Dictionary&lt;string, object?&gt;</c> and <c>List&lt;object?&gt;</c> of these.
/// </param>
/// <param name="ArgumentsAfterCall">The arguments as the method left them, canonical values too (null when unknown).</param>
/// <param name="Explanation">For anything but a return: what happened, in the student's terms, after the method's name (e.g. "did not finish within 2 s").</param>
public sealed record CallOutcome(CallKind Kind, object? Value, IReadOnlyList<object?>? ArgumentsAfterCall, string? Explanation)
{
    /// <summary>When <see cref="CallKind.Threw"/>: the full name of the exception's type (e.g. "System.IndexOutOfRangeException"), for hints on its usual cause; else null.</summary>
    public string? ExceptionType { get; init; }

    /// <summary>A normal return.</summary>
    /// <param name="value">The canonical value returned.</param>
    /// <param name="argumentsAfterCall">The arguments as the method left them.</param>
    /// <returns>The outcome.</returns>
    public static CallOutcome Returned(object value, IReadOnlyList<object?> argumentsAfterCall) =>
        new(CallKind.Returned, value, argumentsAfterCall, null);

    /// <summary>An outcome without a value.</summary>
    /// <param name="kind">How it ended.</param>
    /// <param name="explanation">What happened.</param>
    /// <param name="argumentsAfterCall">The arguments as the method left them, when known.</param>
    /// <returns>The outcome.</returns>
    public static CallOutcome Failed(CallKind kind, string explanation, IReadOnlyList<object?>? argumentsAfterCall = null) =>
        new(kind, null, argumentsAfterCall, explanation);
}
