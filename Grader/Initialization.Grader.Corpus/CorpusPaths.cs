namespace Initialization.Grader.Corpus;

/// <summary>Where the corpus and the reference solution are: found from the repository's root.</summary>
public static class CorpusPaths
{
    /// <summary>The repository's root (the folder holding Initialization.slnx).</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The reference solution every corpus entry is made from.</summary>
    public static string Solution => Path.Combine(Root, "Solution", "Initializers.cs");

    /// <summary>Grader/Corpus.</summary>
    public static string Corpus => Path.Combine(Root, "Grader", "Corpus");

    private static string FindRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "Initialization.slnx")))
                {
                    return folder.FullName;
                }
            }
        }

        throw new InvalidOperationException($"no Initialization.slnx above {AppContext.BaseDirectory} or {Environment.CurrentDirectory}");
    }
}
