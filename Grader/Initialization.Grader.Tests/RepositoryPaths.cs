using Initialization.Grader.Corpus;

namespace Initialization.Grader.Tests;

/// <summary>Where things are in the repository the tests run from (found as the corpus finds it).</summary>
internal static class RepositoryPaths
{
    public static string Root => CorpusPaths.Root;

    public static string Solution => CorpusPaths.Solution;

    public static string Starter => Path.Combine(Root, "Starter", "Initializers.cs");
}
