namespace Initialization.Grader.Packaging;

/// <summary>
/// The Gradescope autograder zip: <c>setup.sh</c> and <c>run_autograder</c> at its root (from
/// platforms/gradescope/), the self-contained grader in <c>grader/</c>, and the untouched starter
/// in <c>smoke/</c>, which setup.sh grades once to prove the image works. Gradescope unpacks it
/// into /autograder/source.
/// </summary>
public static class GradescopeBundle
{
    /// <summary>Writes the bundle.</summary>
    /// <param name="kit">The kit repository (platform files, the starter).</param>
    /// <param name="grader">The self-contained grader build.</param>
    /// <param name="zipPath">The zip to create or replace.</param>
    public static void Write(KitRepository kit, SelfContainedGrader grader, string zipPath)
    {
        ArgumentNullException.ThrowIfNull(kit);
        ArgumentNullException.ThrowIfNull(grader);
        var starter = kit.StarterFile();

        List<(string, string)> files =
        [
            ("setup.sh", kit.PlatformFile("gradescope/setup.sh")),
            ("run_autograder", kit.PlatformFile("gradescope/run_autograder")),
            ("smoke/Initializers.cs", starter),
            .. grader.Files().Select(f => ($"grader/{f.Relative}", f.FullPath)),
        ];
        BundleZip.Write(zipPath, files);
    }
}
