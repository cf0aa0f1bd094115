using Initialization.Kit;

namespace Initialization.Grader.Packaging;

/// <summary>
/// The student kit, as it goes into the students' template repository: exactly what kit.json's
/// ships_to_students lists (build output left out), the package versions those projects use,
/// a student README, a .gitignore, a solution file for the kit's root and, unless course.json's
/// "release" › "classroom_workflow" is false, the GitHub Classroom workflow that runs the public tests.
/// Nothing instructor-only: anything kit.json's instructors_only covers is refused.
/// </summary>
public static class StudentRelease
{
    /// <summary>The student workflow's path in the release (where GitHub Classroom looks for it).</summary>
    public const string WorkflowPath = ".github/workflows/classroom.yml";

    /// <summary>
    /// The students' solution file, at the release's root, so that dotnet build and dotnet test
    /// work there. Not Initialization.slnx: under that name the Starter only builds, as in the
    /// instructors' kit, and its tests would not run.
    /// </summary>
    public const string SolutionFilePath = "Initialization.Student.slnx";

    private const string PackagesProps = "Directory.Packages.props";

    // Build output and editor state that may sit in shipped folders of a working copy.
    private static readonly HashSet<string> s_skippedFolders = new(StringComparer.Ordinal) { "bin", "obj", "out", "TestResults", ".vs", ".idea" };

    /// <summary>Writes the kit into a new folder.</summary>
    /// <param name="kit">The instructors' kit repository.</param>
    /// <param name="outDir">A folder that does not exist yet, or an empty one.</param>
    /// <returns>The files written, relative to <paramref name="outDir"/> with '/', in name order.</returns>
    /// <exception cref="PackagingException">The folder is not empty, the manifest lists something missing or instructor-only, an example solution file's markers are malformed, or a line of the solution would ship.</exception>
    public static IReadOnlyList<string> Write(KitRepository kit, string outDir)
    {
        ArgumentNullException.ThrowIfNull(kit);
        var shipped = ShippedFiles(kit);
        var readme = kit.PlatformFile("release/README.md");
        var gitignore = kit.PlatformFile("release/gitignore");
        var workflow = kit.Course().Release.ClassroomWorkflow ? kit.PlatformFile("github-classroom/classroom.yml") : null;
        var solutionFile = kit.PlatformFile("release/" + SolutionFilePath);
        var written = new List<string>();
        OutputFolder.Create(outDir, staging =>
        {
            void Add(string relative, string source)
            {
                var destination = Path.Combine(staging, relative);
                Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
                File.Copy(source, destination);
                written.Add(relative);
            }

            foreach (var relative in shipped.Where(r => r != PackagesProps))
            {
                Add(relative, kit.PathOf(relative));
            }

            Add("README.md", readme);
            Add(".gitignore", gitignore);
            if (workflow is not null)
            {
                Add(WorkflowPath, workflow);
            }

            Add(SolutionFilePath, solutionFile);
            if (shipped.Contains(PackagesProps))
            {
                var used = PackageVersionsFilter.ReferencedPackages(staging);
                File.WriteAllText(Path.Combine(staging, PackagesProps), PackageVersionsFilter.Filter(File.ReadAllText(kit.PathOf(PackagesProps)), used));
                written.Add(PackagesProps);
            }

            RefuseSolutionLines(kit, staging);
        });
        return [.. written.Order(StringComparer.Ordinal)];
    }

    /// <summary>Refuses a release in which a line of the reference solution turns up (a starter left solved).</summary>
    private static void RefuseSolutionLines(KitRepository kit, string release)
    {
        var solutionLines = kit.ExampleSolutionFiles.SelectMany(f => ReadSolutionLines(kit, f)).Distinct(StringComparer.Ordinal).ToList();
        var found = SolutionLines.FindIn(release, solutionLines).FirstOrDefault();
        if (found.File is not null)
        {
            throw new PackagingException($"{found.File} holds a line of the reference solution ('{found.Line}'): restore the starter (dotnet run --project tools/starter/Initialization.StarterGenerator) and try again; nothing was written");
        }
    }

    /// <summary>The code lines of one of kit.json's example solution files.</summary>
    private static IReadOnlyList<string> ReadSolutionLines(KitRepository kit, string solutionFile)
    {
        try
        {
            return SolutionLines.Read(kit.PathOf(solutionFile));
        }
        catch (SolutionMarkerException problem)
        {
            throw new PackagingException($"{solutionFile}, {problem.Message} Fix its markers (the starter generator reports the same); nothing was written");
        }
    }

    /// <summary>Every file kit.json ships, relative to the root with '/', folders expanded.</summary>
    private static List<string> ShippedFiles(KitRepository kit)
    {
        var files = new List<string>();
        foreach (var entry in kit.ShipsToStudents)
        {
            if (KitManifest.IsCoveredBy(entry, kit.InstructorsOnly))
            {
                throw new PackagingException($"kit.json ships {entry}, which instructors_only also covers: fix kit.json; nothing was written");
            }

            var path = kit.PathOf(entry);
            if (entry.EndsWith('/') && Directory.Exists(path))
            {
                files.AddRange(FilesUnder(kit, path));
            }
            else if (!entry.EndsWith('/') && File.Exists(path))
            {
                files.Add(entry);
            }
            else
            {
                throw new PackagingException($"kit.json ships {entry}, which does not exist: restore it or fix kit.json; nothing was written");
            }
        }

        var leaking = files.Where(f => KitManifest.IsCoveredBy(f, kit.InstructorsOnly)).ToList();
        return leaking.Count == 0
            ? [.. files.Distinct(StringComparer.Ordinal)]
            : throw new PackagingException($"these shipped files are instructor-only by kit.json: {string.Join(", ", leaking)}; fix kit.json; nothing was written");
    }

    private static IEnumerable<string> FilesUnder(KitRepository kit, string folder)
    {
        foreach (var file in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
        {
            yield return Path.GetRelativePath(kit.Root, file).Replace('\\', '/');
        }

        foreach (var child in Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal))
        {
            if (!s_skippedFolders.Contains(Path.GetFileName(child)))
            {
                foreach (var file in FilesUnder(kit, child))
                {
                    yield return file;
                }
            }
        }
    }
}
