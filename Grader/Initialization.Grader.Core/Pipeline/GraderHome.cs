namespace Initialization.Grader.Pipeline;

/// <summary>
/// The folder of the grader program whose compile children and workers a grading uses: the
/// one named by <see cref="Variable"/> (grade.sh names its self-contained build, so the
/// instructor tool grades with precompiled Roslyn and the self-contained worker), else this
/// program's own folder (the grader itself, the kit's tests).
/// </summary>
public static class GraderHome
{
    /// <summary>The environment variable that names the grader's folder.</summary>
    public const string Variable = "INITIALIZATION_GRADER_HOME";

    /// <summary>The grader program's assembly name.</summary>
    public const string GraderName = "Initialization.Grader";

    /// <summary>The folder.</summary>
    public static string Folder =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } named ? Path.GetFullPath(named) : AppContext.BaseDirectory;

    /// <summary>Whether the folder holds a self-contained grader (the .NET runtime beside it).</summary>
    public static bool IsSelfContained => File.Exists(Path.Combine(Folder, GraderName)) && File.Exists(Path.Combine(Folder, "libcoreclr.so"));
}
