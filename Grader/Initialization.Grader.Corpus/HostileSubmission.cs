using System.Text;
using System.Text.RegularExpressions;

namespace Initialization.Grader.Corpus;

/// <summary>
/// A snippet of Grader/Corpus/hostile (format in its README.md) spliced into the reference
/// solution: extra class members and replaced method bodies, plus what grading must conclude.
/// </summary>
public sealed partial record HostileSubmission(string Id, string Summary, IReadOnlyDictionary<string, string> ExpectZero, IReadOnlyList<string> ForbiddenFiles, string Members, IReadOnlyDictionary<string, string> Bodies, string Namespaces)
{
    public override string ToString() => Id;

    public static IReadOnlyList<HostileSubmission> All { get; } =
        [.. Directory.GetFiles(Path.Combine(CorpusPaths.Corpus, "hostile"), "*.cs").Order(StringComparer.Ordinal).Select(Parse)];

    /// <summary>The reference solution with the snippet spliced in.</summary>
    public string Source()
    {
        var text = File.ReadAllText(CorpusPaths.Solution).ReplaceLineEndings("\n");
        foreach (var (method, body) in Bodies)
        {
            var declaration = text.IndexOf($" {method}(int[] layersDims)", StringComparison.Ordinal);
            var open = text.IndexOf("\n    {\n", declaration, StringComparison.Ordinal);
            var close = text.IndexOf("\n    }\n", open, StringComparison.Ordinal);
            if (declaration < 0 || open < 0 || close < 0)
            {
                throw new InvalidOperationException($"hostile '{Id}': cannot find the body of {method} in Solution/Initializers.cs");
            }

            text = text[..open] + "\n    {\n" + Indent(body, 8) + "\n    }\n" + text[(close + "\n    }\n".Length)..];
        }

        const string ClassOpening = "public static class Initializers\n{\n";
        text = text.Replace(ClassOpening, ClassOpening + Indent(Members, 4) + "\n", StringComparison.Ordinal);
        if (Namespaces.Length == 0)
        {
            return text;
        }

        // A file-scoped namespace forbids any other in the file: make it a block, then add the snippet's.
        var fileScoped = FileScopedNamespace().Match(text);
        if (!fileScoped.Success)
        {
            throw new InvalidOperationException($"hostile '{Id}': Solution/Initializers.cs has no file-scoped namespace to put other namespaces beside");
        }

        var after = text[(fileScoped.Index + fileScoped.Length)..];
        return text[..fileScoped.Index] + $"namespace {fileScoped.Groups[1].Value}\n{{{after}}}\n\n{Namespaces}\n";
    }

    private static HostileSubmission Parse(string file)
    {
        var lines = File.ReadAllLines(file);
        var expect = new Dictionary<string, string>();
        var forbiddenFiles = new List<string>();
        var members = new StringBuilder();
        var bodies = new Dictionary<string, StringBuilder>();
        var namespaces = new StringBuilder();
        StringBuilder? section = null;
        foreach (var line in lines.Skip(1))
        {
            if (ExpectLine().Match(line) is { Success: true } e)
            {
                expect[e.Groups[1].Value] = e.Groups[2].Value.Trim();
            }
            else if (line.StartsWith("// expect-no-file: ", StringComparison.Ordinal))
            {
                forbiddenFiles.Add(line["// expect-no-file: ".Length..].Trim());
            }
            else if (line == "// --- members")
            {
                section = members;
            }
            else if (line == "// --- namespaces")
            {
                section = namespaces;
            }
            else if (BodyLine().Match(line) is { Success: true } b)
            {
                section = bodies[b.Groups[1].Value] = new StringBuilder();
            }
            else
            {
                section?.AppendLine(line);
            }
        }

        return new HostileSubmission(
            Path.GetFileNameWithoutExtension(file),
            lines[0].TrimStart('/', ' '),
            expect,
            forbiddenFiles,
            members.ToString().TrimEnd(),
            bodies.ToDictionary(kv => kv.Key, kv => kv.Value.ToString().TrimEnd()),
            namespaces.ToString().TrimEnd());
    }

    private static string Indent(string code, int spaces) =>
        string.Join("\n", code.Split('\n').Select(l => l.Length == 0 ? l : new string(' ', spaces) + l));

    [GeneratedRegex(@"^// expect-zero: (\w+): (.+)$")]
    private static partial Regex ExpectLine();

    [GeneratedRegex(@"^// --- body of (\w+)$")]
    private static partial Regex BodyLine();

    [GeneratedRegex(@"^namespace ([\w.]+);\n", RegexOptions.Multiline)]
    private static partial Regex FileScopedNamespace();
}
