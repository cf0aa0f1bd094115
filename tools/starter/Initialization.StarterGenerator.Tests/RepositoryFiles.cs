using Initialization.Kit;

namespace Initialization.StarterGenerator.Tests;

/// <summary>The repository these tests run in: its root and its manifest.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = KitManifest.FindRepositoryRoot(AppContext.BaseDirectory)
        ?? throw new InvalidOperationException($"No {KitManifest.FileName} above {AppContext.BaseDirectory}: these tests run inside the kit's repository.");

    public static KitManifest Manifest { get; } = KitManifest.Load(Root);

    public static string PathOf(string relative) => Path.GetFullPath(Path.Combine(Root, relative));

    public static string Read(string relative) => File.ReadAllText(PathOf(relative));

    /// <summary>The path relative to the root with '/' separators.</summary>
    public static string Relative(string fullPath) => Path.GetRelativePath(Root, fullPath).Replace('\\', '/');
}
