using System.Diagnostics;
using Newtonsoft.Json.Linq;

namespace Initialization.StarterGenerator.Tests;

/// <summary>A project's evaluated items and properties, as MSBuild sees them (<c>dotnet msbuild -getItem/-getProperty</c>).</summary>
internal static class MsBuildItems
{
    /// <summary>The value of one of the project's properties (evaluation only: nothing is built).</summary>
    public static string Property(string project, string name) => Run(project, [$"-getProperty:{name}"]).Trim();

    /// <summary>The full paths of the project's items of each type (evaluation only: nothing is built).</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Evaluate(string project, params string[] itemTypes)
    {
        var output = Run(project, [.. itemTypes.Select(type => $"-getItem:{type}")]);
        var items = JObject.Parse(output)["Items"] as JObject
            ?? throw new InvalidOperationException($"dotnet msbuild {project} printed no Items object:\n{output}");
        return itemTypes.ToDictionary(
            type => type,
            type => (IReadOnlyList<string>)(items.TryGetValue(type, out var list)
                ? [.. ((JArray)list).Select(FullPath)]
                : []));
    }

    private static string Run(string project, IEnumerable<string> queries)
    {
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
        var start = new ProcessStartInfo(dotnet)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepositoryFiles.Root,
        };
        start.ArgumentList.Add("msbuild");
        start.ArgumentList.Add(project);
        start.ArgumentList.Add("-nologo");
        foreach (var query in queries)
        {
            start.ArgumentList.Add(query);
        }

        using var process = Process.Start(start)!;
        var standardError = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet msbuild {project} did not finish within 2 minutes.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet msbuild {project} failed ({process.ExitCode}):\n{output}\n{standardError.Result}");
        }

        return output;
    }

    private static string FullPath(JToken item) =>
        item["FullPath"] is JValue { Value: string path } ? path : throw new InvalidOperationException($"an item without a FullPath: {item}");
}
