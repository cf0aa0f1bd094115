using System.Text.RegularExpressions;

namespace Initialization.Kit;

/// <summary>
/// The one reader of a solution file's marked regions (<see cref="SolutionMarkers"/>): each
/// region between <c>// BEGIN SOLUTION</c> and <c>// END SOLUTION</c>, with its <c>// STUB:</c>
/// lines and its code. The starter generator replaces the regions with stubs; the student release
/// refuses to ship any of their code. Both read them here, so a malformed file gets the same error.
/// </summary>
/// <remarks>
/// A region starts with one or more <c>// STUB: text</c> lines right after the begin marker (at
/// least one with text), cannot nest, and lies inside a method: the nearest method declared above
/// it, whose name the starter's message uses. A marker is a whole line (surrounding whitespace
/// aside). A file without any region is not an error here.
/// </remarks>
public sealed partial class SolutionRegions
{
    private SolutionRegions(IReadOnlyList<string> lines, IReadOnlyList<SolutionRegion> regions)
    {
        Lines = lines;
        Regions = regions;
    }

    /// <summary>The file's lines (split at any line ending); line N of a region is <c>Lines[N - 1]</c>.</summary>
    public IReadOnlyList<string> Lines { get; }

    /// <summary>The regions, in file order.</summary>
    public IReadOnlyList<SolutionRegion> Regions { get; }

    /// <summary>Reads the regions of a solution file.</summary>
    /// <param name="path">The solution file.</param>
    /// <returns>Its lines and regions.</returns>
    /// <exception cref="SolutionMarkerException">The markers are unbalanced or nested, a region has no STUB line or one after its code, or no method precedes a region.</exception>
    public static SolutionRegions Read(string path) => Parse(File.ReadAllText(path));

    /// <summary>Parses the regions of a solution file's text.</summary>
    /// <param name="text">The text of the solution file (any line endings).</param>
    /// <returns>Its lines and regions.</returns>
    /// <exception cref="SolutionMarkerException">The markers are unbalanced or nested, a region has no STUB line or one after its code, or no method precedes a region.</exception>
    public static SolutionRegions Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var regions = new List<SolutionRegion>();
        string? currentMethod = null;

        for (var i = 0; i < lines.Length; i++)
        {
            var trimmed = lines[i].Trim();
            if (trimmed == SolutionMarkers.End)
            {
                throw new SolutionMarkerException(i + 1, $"\"{SolutionMarkers.End}\" without a \"{SolutionMarkers.Begin}\" above it.");
            }

            if (trimmed == SolutionMarkers.Begin)
            {
                var region = ParseRegion(lines, i, currentMethod);
                regions.Add(region);
                i = region.EndLine - 1;
            }
            else if (MethodDeclaration().Match(lines[i]) is { Success: true } method)
            {
                currentMethod = method.Groups["name"].Value;
            }
        }

        return new SolutionRegions(lines, regions);
    }

    /// <summary>The region whose begin marker is at index <paramref name="begin"/> of <paramref name="lines"/>.</summary>
    private static SolutionRegion ParseRegion(string[] lines, int begin, string? method)
    {
        var beginLine = begin + 1;
        if (method is null)
        {
            throw new SolutionMarkerException(beginLine, "a solution region must be inside a method, whose name the starter's message uses.");
        }

        var stubLines = new List<string>();
        var codeLines = new List<string>();
        for (var j = begin + 1; j < lines.Length; j++)
        {
            var inner = lines[j].Trim();
            if (inner == SolutionMarkers.Begin)
            {
                throw new SolutionMarkerException(j + 1, $"a second \"{SolutionMarkers.Begin}\" before the \"{SolutionMarkers.End}\" of the region opened on line {beginLine}: regions cannot nest.");
            }

            if (inner == SolutionMarkers.End)
            {
                if (stubLines.All(string.IsNullOrWhiteSpace))
                {
                    throw new SolutionMarkerException(beginLine, $"the region needs a \"{SolutionMarkers.Stub} text\" line saying what the student implements (the starter throws it).");
                }

                var indent = lines[begin][..(lines[begin].Length - lines[begin].TrimStart().Length)];
                return new SolutionRegion(method, beginLine, j + 1, indent, stubLines, codeLines);
            }

            if (inner.StartsWith(SolutionMarkers.Stub, StringComparison.Ordinal))
            {
                if (codeLines.Count > 0)
                {
                    throw new SolutionMarkerException(j + 1, $"\"{SolutionMarkers.Stub}\" lines must come right after \"{SolutionMarkers.Begin}\", before the solution code.");
                }

                stubLines.Add(inner[SolutionMarkers.Stub.Length..].Trim());
            }
            else
            {
                codeLines.Add(lines[j]);
            }
        }

        throw new SolutionMarkerException(beginLine, $"the region has no \"{SolutionMarkers.End}\".");
    }

    // A member declaration with a body or parameters: "public static T Name(" (the last identifier before "(").
    [GeneratedRegex(@"^\s*(?:(?:public|private|protected|internal|static|async|override|virtual|sealed)\s+)+[\w<>\[\],.?\s]+?\s(?<name>\w+)\s*\(")]
    private static partial Regex MethodDeclaration();
}
