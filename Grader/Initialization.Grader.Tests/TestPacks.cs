using Initialization.Grader.Exercise;

namespace Initialization.Grader.Tests;

/// <summary>The exercise packs the tests grade with, each loaded once.</summary>
internal static class TestPacks
{
    private static readonly Lazy<ExercisePack> s_initialization = new(() => ExercisePack.Load(AppContext.BaseDirectory));
    private static readonly Lazy<ExercisePack> s_relu = new(() => ExercisePack.Load(ReluFolder));

    /// <summary>The kit's own pack: this project references it, so its assembly and exercise.json sit in the test output folder.</summary>
    public static ExercisePack Initialization => s_initialization.Value;

    /// <summary>The sample pack's folder: copied into packs/relu/ by this project's build, and loaded only at run time.</summary>
    public static string ReluFolder => Path.Combine(AppContext.BaseDirectory, "packs", "relu");

    /// <summary>The sample pack (Grader/SamplePack.Relu.HiddenTests), which proves the core grades another exercise unchanged.</summary>
    public static ExercisePack Relu => s_relu.Value;

    /// <summary>
    /// Writes a copy of the kit's own pack (exercise.json, course.json, the tests assembly) into
    /// <paramref name="folder"/>, each file passed through its edit, for tests that need a pack
    /// that differs (patient limits, other points).
    /// </summary>
    /// <param name="folder">The folder to write; created when missing.</param>
    /// <param name="editManifest">Changes exercise.json's text, or null.</param>
    /// <param name="editCourse">Changes course.json's text, or null.</param>
    /// <returns><paramref name="folder"/>.</returns>
    public static string CopyOfInitialization(string folder, Func<string, string>? editManifest = null, Func<string, string>? editCourse = null)
    {
        Directory.CreateDirectory(folder);
        var source = AppContext.BaseDirectory;
        File.WriteAllText(Path.Combine(folder, ExercisePack.ManifestFileName), (editManifest ?? (t => t))(File.ReadAllText(Path.Combine(source, ExercisePack.ManifestFileName))));
        File.WriteAllText(Path.Combine(folder, CourseConfiguration.FileName), (editCourse ?? (t => t))(File.ReadAllText(Path.Combine(source, CourseConfiguration.FileName))));
        var assembly = Initialization.Manifest.TestsAssembly;
        File.Copy(Path.Combine(source, assembly), Path.Combine(folder, assembly));
        return folder;
    }
}
