using Newtonsoft.Json.Linq;

namespace Initialization.Grader.Corpus;

/// <summary>One entry of Grader/Corpus/known-wrong.json.</summary>
public sealed record KnownWrongSubmission(string Id, string Mistake, IReadOnlyList<(string? In, string Find, string Replace)> Edits, IReadOnlyList<string> Wrong, IReadOnlyDictionary<string, string> Feedback)
{
    public override string ToString() => Id;

    /// <summary>The reference solution with this entry's edits applied.</summary>
    public string Source()
    {
        var text = File.ReadAllText(CorpusPaths.Solution).ReplaceLineEndings("\n");
        foreach (var (scope, find, replace) in Edits)
        {
            var (start, end) = scope is null ? (0, text.Length) : MethodRegion(text, scope);
            var at = FirstInCode(text, find, start, end);
            if (at < 0)
            {
                throw new InvalidOperationException($"corpus entry '{Id}': '{find}' is not in {scope ?? "the solution"}; update Grader/Corpus/known-wrong.json to the current Solution/Initializers.cs");
            }

            text = string.Concat(text.AsSpan(0, at), replace, text.AsSpan(at + find.Length));
        }

        return text;
    }

    public static IReadOnlyList<KnownWrongSubmission> All { get; } = Load();

    private static List<KnownWrongSubmission> Load()
    {
        var json = JObject.Parse(File.ReadAllText(Path.Combine(CorpusPaths.Corpus, "known-wrong.json")));
        return [.. json["submissions"]!.Select(s => new KnownWrongSubmission(
            (string)s["id"]!,
            (string)s["mistake"]!,
            [.. s["edits"]!.Select(e => ((string?)e["in"], (string)e["find"]!, (string)e["replace"]!))],
            [.. s["wrong"]!.Select(w => (string)w!)],
            ((JObject)s["feedback"]!).Properties().ToDictionary(p => p.Name, p => (string)p.Value!)))];
    }

    /// <summary>The first occurrence of <paramref name="find"/> in [start, end) that is code, not a // comment.</summary>
    private static int FirstInCode(string text, string find, int start, int end)
    {
        for (var at = text.IndexOf(find, start, end - start, StringComparison.Ordinal); at >= 0; at = text.IndexOf(find, at + 1, end - at - 1, StringComparison.Ordinal))
        {
            var lineStart = text.LastIndexOf('\n', Math.Max(at - 1, 0)) + 1;
            if (!text.AsSpan(lineStart, at - lineStart).Contains("//", StringComparison.Ordinal))
            {
                return at;
            }
        }

        return -1;
    }

    /// <summary>From a method's declaration to the next member's (or the end of the class).</summary>
    private static (int Start, int End) MethodRegion(string text, string method)
    {
        var start = text.IndexOf($" {method}(", StringComparison.Ordinal);
        if (start < 0)
        {
            throw new InvalidOperationException($"no method {method} in the solution");
        }

        var next = text.IndexOf("\n    public static ", start, StringComparison.Ordinal);
        return (start, next < 0 ? text.Length : next);
    }
}
