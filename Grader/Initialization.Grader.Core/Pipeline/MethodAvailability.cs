namespace Initialization.Grader.Pipeline;

/// <summary>Whether a graded method can be called, and if not, why (in the student's terms).</summary>
/// <param name="Problem">Null when callable; otherwise the compiler's messages or what is missing.</param>
public sealed record MethodAvailability(string? Problem)
{
    /// <summary>The method compiled and has the expected signature.</summary>
    public static MethodAvailability Callable { get; } = new((string?)null);

    /// <summary>Whether the worker may call it.</summary>
    public bool IsCallable => Problem is null;
}
