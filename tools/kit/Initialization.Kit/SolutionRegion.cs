namespace Initialization.Kit;

/// <summary>One region of a solution file, from its <c>// BEGIN SOLUTION</c> line to its <c>// END SOLUTION</c> line.</summary>
/// <param name="Method">The name of the nearest method declared above the region (the starter's message names it).</param>
/// <param name="BeginLine">The 1-based line number of <c>// BEGIN SOLUTION</c>.</param>
/// <param name="EndLine">The 1-based line number of <c>// END SOLUTION</c>.</param>
/// <param name="Indent">The whitespace before <c>// BEGIN SOLUTION</c>.</param>
/// <param name="StubLines">The text of each <c>// STUB:</c> line right after the begin marker, trimmed, in order (at least one is not blank).</param>
/// <param name="CodeLines">The lines after the stub lines up to the end marker, as written (blank ones included).</param>
public sealed record SolutionRegion(
    string Method,
    int BeginLine,
    int EndLine,
    string Indent,
    IReadOnlyList<string> StubLines,
    IReadOnlyList<string> CodeLines);
