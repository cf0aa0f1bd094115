using Initialization.Kit;
using Newtonsoft.Json;

namespace Initialization.Grader.Packaging;

/// <summary>
/// The instructors' kit repository the packages are built from: its root, what kit.json says
/// ships to students and stays with instructors (read by <see cref="KitManifest"/>), and the
/// platform files under platforms/.
/// </summary>
public sealed class KitRepository
{
    /// <summary>The environment variable grade.sh sets to the repository root.</summary>
    public const string RootVariable = "INITIALIZATION_KIT_ROOT";

    private readonly KitManifest _manifest;

    private KitRepository(string root, KitManifest manifest)
    {
        Root = root;
        _manifest = manifest;
    }

    /// <summary>The repository's root folder.</summary>
    public string Root { get; }

    /// <summary>kit.json's ships_to_students: files, and folders ending in '/'.</summary>
    public IReadOnlyList<string> ShipsToStudents => _manifest.ShipsToStudents;

    /// <summary>kit.json's instructors_only: files, and folders ending in '/'.</summary>
    public IReadOnlyList<string> InstructorsOnly => _manifest.InstructorsOnly;

    /// <summary>kit.json's example_solution_files: the reference solution, with marked solution regions.</summary>
    public IReadOnlyList<string> ExampleSolutionFiles => _manifest.ExampleSolutionFiles;

    /// <summary>Opens the kit at <paramref name="root"/>.</summary>
    /// <param name="root">The repository root (where kit.json is).</param>
    /// <returns>The kit.</returns>
    /// <exception cref="PackagingException">There is no readable kit.json there, or it lacks what packaging needs.</exception>
    public static KitRepository Open(string root)
    {
        var full = Path.GetFullPath(root);
        var path = Path.Combine(full, KitManifest.FileName);
        if (!File.Exists(path))
        {
            throw new PackagingException($"{full} has no {KitManifest.FileName}: run grade.sh from the kit's repository");
        }

        KitManifest manifest;
        try
        {
            manifest = KitManifest.Load(full);
        }
        catch (Exception exception) when (exception is JsonException or IOException)
        {
            throw new PackagingException($"{path} is not a valid kit manifest ({exception.Message}): fix it (the kit's manifest tests say what it must hold)");
        }

        foreach (var (key, entries) in new[] { ("ships_to_students", manifest.ShipsToStudents), ("instructors_only", manifest.InstructorsOnly), ("example_solution_files", manifest.ExampleSolutionFiles) })
        {
            if (entries.Count == 0)
            {
                throw new PackagingException($"{path} is not a valid kit manifest (it has no {key} list): fix it (the kit's manifest tests say what it must hold)");
            }
        }

        return new KitRepository(full, manifest);
    }

    /// <summary>The kit grade.sh runs in (<see cref="RootVariable"/>), else the first folder with a kit.json above the grader.</summary>
    /// <returns>The kit.</returns>
    /// <exception cref="PackagingException">No kit can be found.</exception>
    public static KitRepository Locate()
    {
        var root = Environment.GetEnvironmentVariable(RootVariable) is { Length: > 0 } variable
            ? variable
            : KitManifest.FindRepositoryRoot(AppContext.BaseDirectory);
        return root is not null
            ? Open(root)
            : throw new PackagingException($"no {KitManifest.FileName} found above {AppContext.BaseDirectory}: run packaging commands through the kit's grade.sh");
    }

    /// <summary>The full path of a file of the repository.</summary>
    /// <param name="relative">Its path from the root, with '/' separators.</param>
    /// <returns>The full path.</returns>
    public string PathOf(string relative) => Path.GetFullPath(Path.Combine(Root, relative));

    /// <summary>The untouched starter, kit.json's student file, which the platform images' smoke tests grade.</summary>
    /// <returns>Its full path.</returns>
    /// <exception cref="PackagingException">kit.json names no single student file, or the file is missing.</exception>
    public string StarterFile()
    {
        if (_manifest.StudentFiles is not [var relative])
        {
            throw new PackagingException($"kit.json must name exactly one student file (student_files), the file a submission replaces; it names {_manifest.StudentFiles.Count}: fix kit.json");
        }

        var path = PathOf(relative);
        return File.Exists(path) ? path : throw new PackagingException($"{path} is missing: the smoke test grades the starter; restore it from version control");
    }

    /// <summary>The course's choices: the repository's course.json, beside kit.json.</summary>
    /// <returns>The configuration.</returns>
    /// <exception cref="PackagingException">The file is missing or invalid (the message says what to fix).</exception>
    public Exercise.CourseConfiguration Course()
    {
        try
        {
            return Exercise.CourseConfiguration.Load(PathOf(Exercise.CourseConfiguration.FileName));
        }
        catch (Exercise.ExercisePackException problem)
        {
            throw new PackagingException(problem.Message);
        }
    }

    /// <summary>The full path of a file under platforms/, which must exist.</summary>
    /// <param name="relative">Its path from platforms/, e.g. "gradescope/setup.sh".</param>
    /// <returns>The full path.</returns>
    /// <exception cref="PackagingException">The file is missing.</exception>
    public string PlatformFile(string relative)
    {
        var path = PathOf(Path.Combine("platforms", relative));
        return File.Exists(path) ? path : throw new PackagingException($"the kit's platform file platforms/{relative} is missing: restore it from version control");
    }
}
