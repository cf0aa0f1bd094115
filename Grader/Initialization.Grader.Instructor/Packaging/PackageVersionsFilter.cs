using System.Xml.Linq;

namespace Initialization.Grader.Packaging;

/// <summary>
/// The student kit's Directory.Packages.props: the instructors' file with only the package
/// versions the shipped projects use (the grader's and the kit tests' packages stay behind) and
/// without its comments, which talk about instructor-only projects.
/// </summary>
public static class PackageVersionsFilter
{
    /// <summary>Filters <paramref name="packagesProps"/> down to <paramref name="usedPackages"/>.</summary>
    /// <param name="packagesProps">The text of the instructors' Directory.Packages.props.</param>
    /// <param name="usedPackages">The package ids the shipped projects reference.</param>
    /// <returns>The student kit's file.</returns>
    public static string Filter(string packagesProps, IReadOnlySet<string> usedPackages)
    {
        ArgumentNullException.ThrowIfNull(usedPackages);
        var document = XDocument.Parse(packagesProps);
        document.DescendantNodes().OfType<XComment>().ToList().ForEach(c => c.Remove());
        document.Descendants("PackageVersion")
            .Where(p => !usedPackages.Contains((string?)p.Attribute("Include") ?? string.Empty))
            .ToList()
            .ForEach(p => p.Remove());
        document.Descendants("ItemGroup").Where(g => !g.HasElements).ToList().ForEach(g => g.Remove());
        document.Root?.AddFirst(new XComment(" Central package versions: projects name packages without versions. "));
        return document.ToString() + "\n";
    }

    /// <summary>The package ids referenced by the MSBuild files under <paramref name="folder"/> (projects, .props, .targets).</summary>
    /// <param name="folder">The kit folder.</param>
    /// <returns>The ids, case-insensitively.</returns>
    public static IReadOnlySet<string> ReferencedPackages(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".csproj", StringComparison.Ordinal) || f.EndsWith(".props", StringComparison.Ordinal) || f.EndsWith(".targets", StringComparison.Ordinal))
            .SelectMany(f => XDocument.Load(f).Descendants("PackageReference"))
            .Select(r => (string?)r.Attribute("Include"))
            .OfType<string>()
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
}
