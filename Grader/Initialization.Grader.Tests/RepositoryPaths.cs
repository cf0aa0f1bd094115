namespace Initialization.Grader.Tests;

/// <summary>Where things are in the repository the tests run from.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Solution => Path.Combine(Root, "Solution", "Initializers.cs");

    public static string Starter => Path.Combine(Root, "Starter", "Initializers.cs");

    public static string Corpus => Path.Combine(Root, "Grader", "Corpus");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Initialization.slnx")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"no Initialization.slnx above {AppContext.BaseDirectory}");
    }
}
