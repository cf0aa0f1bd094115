namespace Initialization.Grader.Packaging;

/// <summary>
/// A self-contained build of the grader (the .NET runtime inside, linux-x64), the one that goes
/// into platform bundles: it runs on a bare Linux image, with no .NET SDK to install and nothing
/// to download. grade.sh builds it and says where (<see cref="FolderVariable"/>).
/// </summary>
public sealed class SelfContainedGrader
{
    /// <summary>The environment variable grade.sh sets to the self-contained build's folder.</summary>
    public const string FolderVariable = "INITIALIZATION_SELF_CONTAINED_GRADER";

    /// <summary>The grader's executable, at the build's root.</summary>
    public const string Executable = "Initialization.Grader";

    /// <summary>The self-contained worker's executable, in its own folder beside the grader (the only folder its sandbox shows).</summary>
    public const string WorkerExecutable = "worker/Initialization.Grader.Worker";

    // A build's bookkeeping that does not belong in a bundle (grade.sh's staleness stamp).
    private static readonly string[] s_notShipped = [".inputs"];

    private SelfContainedGrader(string folder) => Folder = folder;

    /// <summary>The build's folder.</summary>
    public string Folder { get; }

    /// <summary>Opens the build at <paramref name="folder"/>.</summary>
    /// <param name="folder">The publish folder.</param>
    /// <returns>The build.</returns>
    /// <exception cref="PackagingException">It is missing or not self-contained.</exception>
    public static SelfContainedGrader Open(string folder)
    {
        var full = Path.GetFullPath(folder);
        if (!File.Exists(Path.Combine(full, Executable)) || !File.Exists(Path.Combine(full, WorkerExecutable)))
        {
            throw new PackagingException($"{full} holds no grader build: build bundles through grade.sh, which builds the self-contained grader first");
        }

        if (!File.Exists(Path.Combine(full, "libcoreclr.so")))
        {
            throw new PackagingException($"{full} is not a self-contained grader build (no .NET runtime in it): build bundles through grade.sh");
        }

        return new SelfContainedGrader(full);
    }

    /// <summary>The build grade.sh made for this run.</summary>
    /// <returns>The build.</returns>
    /// <exception cref="PackagingException">grade.sh did not say where one is.</exception>
    public static SelfContainedGrader Locate() =>
        Environment.GetEnvironmentVariable(FolderVariable) is { Length: > 0 } folder
            ? Open(folder)
            : throw new PackagingException("no self-contained grader build given: build bundles through grade.sh (e.g. ./grade.sh --gradescope-bundle autograder.zip), which builds it first");

    /// <summary>The folder of the kit's exercise pack that grade.sh built beside the grader.</summary>
    public string ExercisePackFolder => Path.Combine(Folder, Exercise.ExercisePack.DefaultFolderName);

    /// <summary>Every file of the build, the exercise pack included, as a path relative to its folder (with '/') and a full path.</summary>
    /// <returns>The files, in name order.</returns>
    public IEnumerable<(string Relative, string FullPath)> Files() => FilesUnder(Folder).Where(f => !s_notShipped.Contains(f.Relative));

    /// <summary>The grading core alone: every file of the build but the exercise pack (hidden tests, expected values).</summary>
    /// <returns>The files, in name order.</returns>
    public IEnumerable<(string Relative, string FullPath)> CoreFiles() =>
        Files().Where(f => !f.Relative.StartsWith(Exercise.ExercisePack.DefaultFolderName + "/", StringComparison.Ordinal));

    /// <summary>The exercise pack's files, relative to the pack's folder.</summary>
    /// <returns>The files, in name order.</returns>
    /// <exception cref="PackagingException">The build holds no pack.</exception>
    public IEnumerable<(string Relative, string FullPath)> ExercisePackFiles() =>
        File.Exists(Path.Combine(ExercisePackFolder, Exercise.ExercisePack.ManifestFileName))
            ? FilesUnder(ExercisePackFolder)
            : throw new PackagingException($"{Folder} holds no exercise pack: build through grade.sh, which builds it into {Exercise.ExercisePack.DefaultFolderName}/");

    private static IEnumerable<(string Relative, string FullPath)> FilesUnder(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => (Relative: Path.GetRelativePath(folder, f).Replace('\\', '/'), FullPath: f))
            .OrderBy(f => f.Relative, StringComparer.Ordinal);
}
