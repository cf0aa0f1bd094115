namespace Initialization.Grader.Packaging;

/// <summary>
/// The build context of the grader's container image (PrairieLearn's external grader, or any
/// platform that runs a container): the Dockerfile from platforms/docker/, the self-contained
/// grading core in <c>grader/</c> with the PrairieLearn entry point next to it, and the untouched
/// starter in <c>smoke/</c>. The image holds no exercise pack (no hidden test, no expected value):
/// PrairieLearn mounts the question's private <c>tests/</c> folder (written by
/// <c>--exercise-pack</c>) at /grade/tests. <c>docker build OUT_DIR</c> builds the image.
/// </summary>
public static class DockerContext
{
    /// <summary>The PrairieLearn entry point's name inside grader/ (and in the image).</summary>
    public const string PrairieLearnEntryPoint = "prairielearn-entrypoint";

    /// <summary>Writes the context into a new folder.</summary>
    /// <param name="kit">The kit repository (platform files, the starter).</param>
    /// <param name="grader">The self-contained grader build.</param>
    /// <param name="outDir">A folder that does not exist yet, or an empty one.</param>
    public static void Write(KitRepository kit, SelfContainedGrader grader, string outDir)
    {
        ArgumentNullException.ThrowIfNull(kit);
        ArgumentNullException.ThrowIfNull(grader);
        var dockerfile = kit.PlatformFile("docker/Dockerfile");
        var entryPoint = kit.PlatformFile($"prairielearn/{PrairieLearnEntryPoint}");
        var starter = kit.StarterFile();
        OutputFolder.Create(outDir, staging =>
        {
            foreach (var (relative, fullPath) in grader.CoreFiles())
            {
                Copy(fullPath, Path.Combine(staging, "grader", relative));
            }

            Copy(entryPoint, Path.Combine(staging, "grader", PrairieLearnEntryPoint));
            Copy(dockerfile, Path.Combine(staging, "Dockerfile"));
            Copy(starter, Path.Combine(staging, "smoke", "Initializers.cs"));
        });
    }

    private static void Copy(string source, string destination)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
        File.Copy(source, destination);
    }
}
