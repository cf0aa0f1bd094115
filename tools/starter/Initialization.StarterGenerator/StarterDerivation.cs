using System.Text;
using System.Text.RegularExpressions;
using Initialization.Kit;

namespace Initialization.StarterGenerator;

/// <summary>
/// Turns the reference solution into the students' starter file: every region between
/// <c>// BEGIN SOLUTION</c> and <c>// END SOLUTION</c> becomes <c>// YOUR CODE HERE</c> and a
/// <c>throw new NotImplementedException("&lt;Method&gt; is not implemented yet: &lt;stub text&gt;")</c>;
/// everything outside the regions is copied unchanged.
/// </summary>
/// <remarks>
/// A region starts with one or more <c>// STUB: text</c> lines, joined with spaces into the
/// message the starter throws (so the message lives next to the code it stands for). The
/// method name in the message is that of the nearest method declared above the region.
/// </remarks>
public static partial class StarterDerivation
{
    /// <summary>The line that opens a solution region.</summary>
    public const string BeginMarker = SolutionMarkers.Begin;

    /// <summary>The line that closes a solution region.</summary>
    public const string EndMarker = SolutionMarkers.End;

    /// <summary>The prefix of a line that carries (part of) the starter's exception message.</summary>
    public const string StubPrefix = SolutionMarkers.Stub;

    /// <summary>The comment the starter shows where the student writes code.</summary>
    public const string YourCodeHere = "// YOUR CODE HERE";

    /// <summary>The words every stub's message contains after the method name.</summary>
    public const string NotImplementedPhrase = "is not implemented yet";

    /// <summary>Derives the starter source from the solution source.</summary>
    /// <param name="solutionSource">The text of the solution file (any line endings; the result uses \n).</param>
    /// <returns>The starter text.</returns>
    /// <exception cref="StarterMarkerException">The markers are unbalanced or nested, a region has no STUB line, no method precedes a region, or there is no region at all.</exception>
    public static string Derive(string solutionSource)
    {
        ArgumentNullException.ThrowIfNull(solutionSource);
        var lines = solutionSource.ReplaceLineEndings("\n").Split('\n');
        var output = new StringBuilder();
        string? currentMethod = null;
        var regions = 0;

        for (var i = 0; i < lines.Length; i++)
        {
            var trimmed = lines[i].Trim();
            if (trimmed == EndMarker)
            {
                throw new StarterMarkerException(i + 1, $"\"{EndMarker}\" without a \"{BeginMarker}\" above it.");
            }

            if (trimmed != BeginMarker)
            {
                if (MethodDeclaration().Match(lines[i]) is { Success: true } method)
                {
                    currentMethod = method.Groups["name"].Value;
                }

                output.Append(lines[i]);
                if (i < lines.Length - 1)
                {
                    output.Append('\n');
                }

                continue;
            }

            var beginLine = i + 1;
            if (currentMethod is null)
            {
                throw new StarterMarkerException(beginLine, "a solution region must be inside a method, whose name the starter's message uses.");
            }

            var stubParts = new List<string>();
            var end = -1;
            for (var j = i + 1; j < lines.Length; j++)
            {
                var inner = lines[j].Trim();
                if (inner == BeginMarker)
                {
                    throw new StarterMarkerException(j + 1, $"a second \"{BeginMarker}\" before the \"{EndMarker}\" of the region opened on line {beginLine}: regions cannot nest.");
                }

                if (inner == EndMarker)
                {
                    end = j;
                    break;
                }

                if (inner.StartsWith(StubPrefix, StringComparison.Ordinal))
                {
                    if (j != i + 1 + stubParts.Count)
                    {
                        throw new StarterMarkerException(j + 1, $"\"{StubPrefix}\" lines must come right after \"{BeginMarker}\", before the solution code.");
                    }

                    stubParts.Add(inner[StubPrefix.Length..].Trim());
                }
            }

            if (end < 0)
            {
                throw new StarterMarkerException(beginLine, $"the region has no \"{EndMarker}\".");
            }

            if (stubParts.Count == 0 || stubParts.All(string.IsNullOrWhiteSpace))
            {
                throw new StarterMarkerException(beginLine, $"the region needs a \"{StubPrefix} text\" line saying what the student implements (the starter throws it).");
            }

            var indent = lines[i][..(lines[i].Length - lines[i].TrimStart().Length)];
            var message = $"{currentMethod} {NotImplementedPhrase}: {string.Join(' ', stubParts)}";
            output.Append(indent).Append(YourCodeHere).Append('\n');
            output.Append(indent).Append("throw new NotImplementedException(").Append(CSharpStringLiteral(message)).Append(");");
            if (end < lines.Length - 1)
            {
                output.Append('\n');
            }

            regions++;
            i = end;
        }

        if (regions == 0)
        {
            throw new StarterMarkerException(1, $"no \"{BeginMarker}\" … \"{EndMarker}\" region: the starter would be the solution itself.");
        }

        return output.ToString();
    }

    private static string CSharpStringLiteral(string text) =>
        "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    // A member declaration with a body or parameters: "public static T Name(" (the last identifier before "(").
    [GeneratedRegex(@"^\s*(?:(?:public|private|protected|internal|static|async|override|virtual|sealed)\s+)+[\w<>\[\],.?\s]+?\s(?<name>\w+)\s*\(")]
    private static partial Regex MethodDeclaration();
}
