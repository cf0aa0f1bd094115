using Initialization.Kit;

namespace Initialization.Grader.Packaging;

/// <summary>
/// The reference solution's own code: the lines between <c>// BEGIN SOLUTION</c> and
/// <c>// END SOLUTION</c> (not the <c>// STUB:</c> hints the starter keeps), and where any of them
/// turns up in a folder. The student release refuses to ship a single one, e.g. when an
/// instructor tried the solution in Starter/Initializers.cs and forgot to restore it.
/// </summary>
public static class SolutionLines
{
    // Larger files are no source a solution line could hide in (fonts, images).
    private const int BinaryProbeBytes = 8000;

    /// <summary>The solution's code lines (trimmed, non-empty) in <paramref name="solutionFile"/>.</summary>
    /// <param name="solutionFile">A solution file with marked regions.</param>
    /// <returns>The lines, in file order.</returns>
    /// <exception cref="SolutionMarkerException">The file's markers are malformed (read by the kit's <see cref="SolutionRegions"/>, the starter generator's reader, so the message is the same).</exception>
    public static IReadOnlyList<string> Read(string solutionFile) =>
        [.. SolutionRegions.Read(solutionFile).Regions.SelectMany(r => r.CodeLines).Select(l => l.Trim()).Where(l => l.Length > 0)];

    /// <summary>Every text file under <paramref name="folder"/> holding one of <paramref name="solutionLines"/>, with the line.</summary>
    /// <param name="folder">The folder to scan.</param>
    /// <param name="solutionLines">The lines to look for (trimmed).</param>
    /// <returns>The file (relative, with '/') and the line, for each find.</returns>
    public static IEnumerable<(string File, string Line)> FindIn(string folder, IReadOnlyList<string> solutionLines)
    {
        ArgumentNullException.ThrowIfNull(solutionLines);
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            if (IsBinary(file))
            {
                continue;
            }

            var text = File.ReadAllText(file);
            foreach (var line in solutionLines.Where(l => text.Contains(l, StringComparison.Ordinal)))
            {
                yield return (Path.GetRelativePath(folder, file).Replace('\\', '/'), line);
            }
        }
    }

    private static bool IsBinary(string file)
    {
        using var stream = File.OpenRead(file);
        var buffer = new byte[BinaryProbeBytes];
        var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        return Array.IndexOf(buffer, (byte)0, 0, read) >= 0;
    }
}
