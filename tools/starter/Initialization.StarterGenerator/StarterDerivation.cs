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
/// method name in the message is that of the nearest method declared above the region. The
/// regions are read, and their markers checked, by the kit's <see cref="SolutionRegions"/>.
/// </remarks>
public static class StarterDerivation
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
        SolutionRegions solution;
        try
        {
            solution = SolutionRegions.Parse(solutionSource);
        }
        catch (SolutionMarkerException problem)
        {
            throw new StarterMarkerException(problem.Line, problem.Problem, problem);
        }

        if (solution.Regions.Count == 0)
        {
            throw new StarterMarkerException(1, $"no \"{BeginMarker}\" … \"{EndMarker}\" region: the starter would be the solution itself.");
        }

        var output = new List<string>();
        var next = 0;
        foreach (var region in solution.Regions)
        {
            output.AddRange(solution.Lines.Skip(next).Take(region.BeginLine - 1 - next));
            var message = $"{region.Method} {NotImplementedPhrase}: {string.Join(' ', region.StubLines)}";
            output.Add(region.Indent + YourCodeHere);
            output.Add($"{region.Indent}throw new NotImplementedException({CSharpStringLiteral(message)});");
            next = region.EndLine;
        }

        output.AddRange(solution.Lines.Skip(next));
        return string.Join('\n', output);
    }

    private static string CSharpStringLiteral(string text) =>
        "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
