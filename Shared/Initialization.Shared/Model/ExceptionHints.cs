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

    /// <summary>"your assertion on line N failed: MESSAGE", as a failed Debug.Assert or Trace.Assert is reported by the public tests and the grader alike.</summary>
    /// <param name="line">The assert's line in the student's file; 0 when unknown.</param>
    /// <param name="message">The assert's message, if any.</param>
    /// <param name="detailMessage">Its detail message, if any.</param>
    /// <returns>The sentence.</returns>
    public static string FailedAssertion(int line, string? message, string? detailMessage)
    {
        var what = string.Join(" ", new[] { message, detailMessage }.Where(m => !string.IsNullOrWhiteSpace(m)));
        var where = line > 0 ? $"your assertion on line {line} failed" : "your assertion failed";
        return what.Length > 0 ? $"{where}: {what}" : $"{where}.";
    }
}
