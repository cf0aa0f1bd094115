using Newtonsoft.Json.Linq;

namespace Initialization.Grader.Packaging;

/// <summary>
/// The instructors' kit repository the packages are built from: its root, what kit.json says
/// ships to students and stays with instructors, and the platform files under platforms/.
/// </summary>
public sealed class KitRepository
{
    /// <summary>The manifest's file name, at the root.</summary>
    public const string ManifestFileName = "kit.json";

    /// <summary>The environment variable grade.sh sets to the repository root.</summary>
    public const string RootVariable = "INITIALIZATION_KIT_ROOT";

    private KitRepository(string root, IReadOnlyList<string> shipsToStudents, IReadOnlyList<string> instructorsOnly, IReadOnlyList<string> exampleSolutionFiles)
    {
        Root = root;
        ShipsToStudents = shipsToStudents;
        InstructorsOnly = instructorsOnly;
        ExampleSolutionFiles = exampleSolutionFiles;
    }

    /// <summary>The repository's root folder.</summary>
    public string Root { get; }

    /// <summary>kit.json's ships_to_students: files, and folders ending in '/'.</summary>
    public IReadOnlyList<string> ShipsToStudents { get; }

    /// <summary>kit.json's instructors_only: files, and folders ending in '/'.</summary>
    public IReadOnlyList<string> InstructorsOnly { get; }

    /// <summary>kit.json's example_solution_files: the reference solution, with marked solution regions.</summary>
    public IReadOnlyList<string> ExampleSolutionFiles { get; }

    /// <summary>Opens the kit at <paramref name="root"/>.</summary>
    /// <param name="root">The repository root (where kit.json is).</param>
    /// <returns>The kit.</returns>
    /// <exception cref="PackagingException">There is no readable kit.json there.</exception>
    public static KitRepository Open(string root)
    {
        var full = Path.GetFullPath(root);
        var manifest = Path.Combine(full, ManifestFileName);
        if (!File.Exists(manifest))
        {
            throw new PackagingException($"{full} has no {ManifestFileName}: run grade.sh from the kit's repository");
        }

        try
        {
            var json = JObject.Parse(File.ReadAllText(manifest));
            return new KitRepository(full, Entries(json, "ships_to_students"), Entries(json, "instructors_only"), Entries(json, "example_solution_files"));
        }
        catch (Exception exception) when (exception is Newtonsoft.Json.JsonException or InvalidCastException or FormatException)
        {
            throw new PackagingException($"{manifest} is not a valid kit manifest ({exception.Message}): fix it (the kit's manifest tests say what it must hold)");
        }
    }

    /// <summary>The kit grade.sh runs in (<see cref="RootVariable"/>), else the first folder with a kit.json above the grader.</summary>
    /// <returns>The kit.</returns>
    /// <exception cref="PackagingException">No kit can be found.</exception>
    public static KitRepository Locate()
    {
        if (Environment.GetEnvironmentVariable(RootVariable) is { Length: > 0 } root)
        {
            return Open(root);
        }

        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, ManifestFileName)))
            {
                return Open(folder.FullName);
            }
        }

        throw new PackagingException($"no {ManifestFileName} found above {AppContext.BaseDirectory}: run packaging commands through the kit's grade.sh");
    }

    /// <summary>The full path of a file of the repository.</summary>
    /// <param name="relative">Its path from the root, with '/' separators.</param>
    /// <returns>The full path.</returns>
    public string PathOf(string relative) => Path.GetFullPath(Path.Combine(Root, relative));

    /// <summary>The full path of a file under platforms/, which must exist.</summary>
    /// <param name="relative">Its path from platforms/, e.g. "gradescope/setup.sh".</param>
    /// <returns>The full path.</returns>
    /// <exception cref="PackagingException">The file is missing.</exception>
    public string PlatformFile(string relative)
    {
        var path = PathOf(Path.Combine("platforms", relative));
        return File.Exists(path) ? path : throw new PackagingException($"the kit's platform file platforms/{relative} is missing: restore it from version control");
    }

    /// <summary>Whether <paramref name="relative"/> is listed in, or lies in a folder listed in, <paramref name="entries"/>.</summary>
    /// <param name="relative">A path from the root with '/' separators.</param>
    /// <param name="entries">Manifest entries.</param>
    /// <returns>True when covered.</returns>
    public static bool IsCoveredBy(string relative, IEnumerable<string> entries) =>
        entries.Any(e => e.EndsWith('/') ? relative.StartsWith(e, StringComparison.Ordinal) : relative == e);

    private static List<string> Entries(JObject manifest, string key) =>
        manifest[key] is JArray entries
            ? [.. entries.Select(e => (string?)e ?? throw new FormatException($"{key} holds a null entry"))]
            : throw new FormatException($"it has no {key} list");
}
