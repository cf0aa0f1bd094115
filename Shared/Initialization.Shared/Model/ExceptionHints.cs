namespace Initialization.Shared.Model;

/// <summary>
/// The usual cause of an exception thrown by an initializer, in the student's terms: one text for
/// the public tests, the runner and the grader (which knows an exception only by its type's name,
/// across its sandbox).
/// </summary>
public static class ExceptionHints
{
    private static readonly Dictionary<string, string> s_hints = new(StringComparer.Ordinal)
    {
        [typeof(IndexOutOfRangeException).FullName!] =
            "an index such as layersDims[l] or layersDims[l - 1] is outside the array; the loop runs l = 1 … layersDims.Length - 1.",
        [typeof(KeyNotFoundException).FullName!] =
            "a dictionary key is missing; the keys are \"W1\", \"b1\", \"W2\", … built with $\"W{l}\" and $\"b{l}\".",
        [typeof(NullReferenceException).FullName!] =
            "something is still null; create the matrices before you use them.",
        [typeof(ArgumentOutOfRangeException).FullName!] =
            "a matrix size is out of range; check the rows and columns you pass (layersDims[l], layersDims[l - 1]).",
    };

    /// <summary>" Hint: …" (with its leading space) for an exception of the type named <paramref name="exceptionTypeFullName"/>; empty when there is none.</summary>
    /// <param name="exceptionTypeFullName">The exception's type's full name, e.g. "System.IndexOutOfRangeException"; null gives no hint.</param>
    /// <returns>The hint sentence, or an empty string.</returns>
    public static string For(string? exceptionTypeFullName) =>
        exceptionTypeFullName is not null && s_hints.TryGetValue(exceptionTypeFullName, out var hint) ? $" Hint: {hint}" : string.Empty;
}
