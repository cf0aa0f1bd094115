using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;

namespace Initialization.Experiments;

/// <summary>
/// What the scratchpad says when the typed code does not compile or throws: the compiler's
/// message with the column it points at, or the exception's type and message with the line of
/// Initializers.cs it came from, and which exercise is not done yet. Never a stack trace.
/// </summary>
internal static class ScratchpadMessages
{
    // More compile errors than this are counted, not listed: the first ones are the ones to fix.
    private const int MaxErrorsShown = 3;

    public static string DoesNotCompile(string code, IEnumerable<Diagnostic> diagnostics, IReadOnlyList<Experiment> exercises)
    {
        var errors = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        var lines = code.Split('\n').Select(line => line.TrimEnd('\r')).ToList();
        var text = new StringBuilder("Your code does not compile:");
        var hinted = new HashSet<string>();
        foreach (var error in errors.Take(MaxErrorsShown))
        {
            // A hint once is enough, however many errors of its kind.
            text.Append('\n').Append(Describe(error, lines, hinted.Add(error.Id) ? Hint(error, exercises) : ""));
        }

        if (errors.Count > MaxErrorsShown)
        {
            text.Append('\n').Append(CultureInfo.InvariantCulture, $"(and {errors.Count - MaxErrorsShown} more errors: fix the first ones, the others often follow from them)");
        }

        return text.ToString();
    }

    public static ScratchpadResult Threw(Exception e, IReadOnlyList<Experiment> exercises)
    {
        var origin = StudentException.Origin(e);
        var type = e.GetType().Name;
        if (e is NotImplementedException && origin is { } stub)
        {
            return new ScratchpadResult(ScratchpadStatus.NotImplemented, NotDoneYet(e, stub, exercises));
        }

        if (origin is { } where)
        {
            return new ScratchpadResult(ScratchpadStatus.Threw,
                $"{where.Method ?? "Your method"} threw {type} at line {where.Line} of {StudentException.StudentFile}: {e.Message}{StudentException.Hint(e)}");
        }

        var hint = e is KeyNotFoundException ? StudentException.Hint(e) : "";
        return new ScratchpadResult(ScratchpadStatus.Threw, $"Your code threw {type}: {e.Message}{hint}");
    }

    private static string NotDoneYet(Exception e, StudentFrame stub, IReadOnlyList<Experiment> exercises)
    {
        var method = stub.Method ?? "This method";
        var number = exercises.Select(x => x.MethodName).ToList().IndexOf(method) + 1;
        var message = e.Message.Contains(InitializerCall.NotImplementedPhrase, StringComparison.Ordinal)
            ? e.Message
            : $"{method} {InitializerCall.NotImplementedPhrase}: {e.Message}";
        var exercise = number > 0 ? $"Exercise {number} ({exercises[number - 1].Title}) is not done yet. " : "";
        return $"{exercise}{message}\n"
            + $"Replace the \"// YOUR CODE HERE\" line and the throw at line {stub.Line} of {StudentException.StudentFile} with your code, then run this again.";
    }

    private static string Describe(Diagnostic error, IReadOnlyList<string> lines, string hint)
    {
        var message = $"{error.Id}: {error.GetMessage(CultureInfo.InvariantCulture)}{hint}";
        if (!error.Location.IsInSource)
        {
            return message;
        }

        var start = error.Location.GetLineSpan().StartLinePosition;
        var where = lines.Count > 1
            ? $"line {start.Line + 1}, column {start.Character + 1}"
            : $"column {start.Character + 1}";
        if (start.Line >= lines.Count)
        {
            return $"{where}: {message}";
        }

        // The line as typed, and a caret under the column (tabs kept, so the caret lines up).
        var line = lines[start.Line];
        var indent = new string([.. line.Take(start.Character).Select(c => c == '\t' ? '\t' : ' ')]);
        return $"{where}: {message}\n  {line}\n  {indent}^";
    }

    private static string Hint(Diagnostic error, IReadOnlyList<Experiment> exercises) => error.Id switch
    {
        // The name 'X' does not exist in the current context / 'T' does not contain a definition for 'X'.
        "CS0103" or "CS0117" when exercises.Count > 0 =>
            $" (names are case-sensitive: your methods are {string.Join(", ", exercises.Select(x => x.MethodName))}; "
            + "a variable exists once the code that declares it has run)",
        // Only assignment, call, increment, decrement, await, and new object expressions can be used as a statement.
        "CS0201" => " (to print a value, end your code with the expression and leave out its ;)",
        // ; expected
        "CS1002" => " (end each statement with ;, except an expression whose value you want printed, which comes last)",
        _ => "",
    };
}
