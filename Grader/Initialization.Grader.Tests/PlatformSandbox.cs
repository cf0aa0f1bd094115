using System.Runtime.Versioning;

namespace Initialization.Grader.Tests;

/// <summary>
/// Runs a platform's script the way the platform does, in a temporary folder standing in for its
/// root (/autograder, /grade), with a <c>dotnet</c> first on PATH that fails: the bundles carry
/// their own runtime and must never need the SDK.
/// </summary>
[UnsupportedOSPlatform("windows")]
internal static class PlatformSandbox
{
    public static readonly TimeSpan ScriptLimit = TimeSpan.FromMinutes(3);

    /// <summary>Runs <paramref name="script"/> with bash and <paramref name="rootVariable"/> set to <paramref name="root"/>.</summary>
    public static ProcessRun.Outcome RunScript(string script, string rootVariable, string root)
    {
        var fakeBin = Path.Combine(root, "no-dotnet-here");
        Directory.CreateDirectory(fakeBin);
        var fakeDotnet = Path.Combine(fakeBin, "dotnet");
        File.WriteAllText(fakeDotnet, "#!/bin/sh\necho \"dotnet was called ($*): a platform bundle must not need it\" >&2\nexit 97\n");
        File.SetUnixFileMode(fakeDotnet, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        return ProcessRun.Run(script, [], ScriptLimit, root, new Dictionary<string, string?>
        {
            [rootVariable] = root,
            ["PATH"] = $"{fakeBin}:{Environment.GetEnvironmentVariable("PATH")}",
        });
    }

    /// <summary>A submission folder holding <paramref name="source"/> as Initializers.cs (or nothing when null), replacing any earlier one.</summary>
    public static void PlaceSubmission(string folder, string? source)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);
        if (source is not null)
        {
            File.WriteAllText(Path.Combine(folder, "Initializers.cs"), source);
        }
    }

    /// <summary>A submission that does not compile.</summary>
    public static string Broken => File.ReadAllText(RepositoryPaths.Solution).Replace("return parameters;", "return parameters", StringComparison.Ordinal);
}
