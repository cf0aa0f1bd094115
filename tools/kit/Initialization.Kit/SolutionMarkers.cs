namespace Initialization.Kit;

/// <summary>
/// The comment lines that mark the reference solution's own code in an example solution file:
/// the starter generator replaces each marked region with a stub, and the student release
/// refuses to ship any line from inside one.
/// </summary>
public static class SolutionMarkers
{
    /// <summary>The line that opens a solution region.</summary>
    public const string Begin = "// BEGIN SOLUTION";

    /// <summary>The line that closes a solution region.</summary>
    public const string End = "// END SOLUTION";

    /// <summary>The prefix of a line, right after <see cref="Begin"/>, that carries (part of) the starter's exception message.</summary>
    public const string Stub = "// STUB:";
}
