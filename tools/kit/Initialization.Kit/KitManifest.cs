using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Newtonsoft.Json.Serialization;

namespace Initialization.Kit;

/// <summary>
/// The kit's manifest, <c>kit.json</c> at the repository root: which files are the student's,
/// which are the public tests and the example solution, how the starter is derived, and what
/// ships to students or stays with instructors. All paths are relative to the repository root,
/// with '/' separators; a path ending in '/' is a folder.
/// </summary>
public sealed record KitManifest
{
    /// <summary>The manifest's file name at the repository root.</summary>
    public const string FileName = "kit.json";

    /// <summary>What the file is, for a person reading it.</summary>
    [JsonProperty("description")]
    public string Description { get; init; } = "";

    /// <summary>The exercise's short name.</summary>
    [JsonProperty("exercise")]
    public string Exercise { get; init; } = "";

    /// <summary>The files students edit and submit.</summary>
    [JsonProperty("student_files")]
    public IReadOnlyList<string> StudentFiles { get; init; } = [];

    /// <summary>The public tests: compiled by the starter project and by the solution project.</summary>
    [JsonProperty("public_test_files")]
    public IReadOnlyList<string> PublicTestFiles { get; init; } = [];

    /// <summary>The example (reference) solution files.</summary>
    [JsonProperty("example_solution_files")]
    public IReadOnlyList<string> ExampleSolutionFiles { get; init; } = [];

    /// <summary>The project students build, test and run.</summary>
    [JsonProperty("starter_project")]
    public string StarterProject { get; init; } = "";

    /// <summary>The instructors' project: the example solution with the same public tests and runner.</summary>
    [JsonProperty("solution_project")]
    public string SolutionProject { get; init; } = "";

    /// <summary>Files generated from others, with the command that regenerates them.</summary>
    [JsonProperty("derived_files")]
    public IReadOnlyList<DerivedFile> DerivedFiles { get; init; } = [];

    /// <summary>What students receive.</summary>
    [JsonProperty("ships_to_students")]
    public IReadOnlyList<string> ShipsToStudents { get; init; } = [];

    /// <summary>What stays with instructors (never shipped).</summary>
    [JsonProperty("instructors_only")]
    public IReadOnlyList<string> InstructorsOnly { get; init; } = [];

    /// <summary>Reads the manifest of the repository at <paramref name="repositoryRoot"/>.</summary>
    /// <param name="repositoryRoot">The folder that holds kit.json.</param>
    /// <returns>The manifest.</returns>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="JsonException">The file is not a valid manifest.</exception>
    public static KitManifest Load(string repositoryRoot)
    {
        var path = Path.Combine(repositoryRoot, FileName);
        using var reader = new JsonTextReader(File.OpenText(path))
        {
            // Text stays text: never read as a date.
            DateParseHandling = DateParseHandling.None,
        };
        var json = JToken.ReadFrom(reader, new JsonLoadSettings { CommentHandling = CommentHandling.Ignore });
        // The reader throws on anything but comments after the manifest.
        while (reader.Read())
        {
        }

        if (json is not JObject)
        {
            throw new JsonException($"{path} holds {json.Type.ToString().ToLowerInvariant()} instead of a manifest object.");
        }

        RequireExact(json, typeof(KitManifest));
        return json.ToObject<KitManifest>(s_serializer)!;
    }

    /// <summary>The nearest folder at or above <paramref name="start"/> that holds kit.json, or null.</summary>
    /// <param name="start">Where to start looking (a folder).</param>
    /// <returns>The repository root, or null when no folder above has a manifest.</returns>
    public static string? FindRepositoryRoot(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, FileName)))
            {
                return folder.FullName;
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="relative"/> is one of <paramref name="entries"/> or lies in one of its folders (entries ending in '/').</summary>
    /// <param name="relative">A path from the repository root with '/' separators.</param>
    /// <param name="entries">Manifest entries, e.g. <see cref="ShipsToStudents"/>.</param>
    /// <returns>True when covered.</returns>
    public static bool IsCoveredBy(string relative, IEnumerable<string> entries) =>
        entries.Any(e => e.EndsWith('/') ? relative.StartsWith(e, StringComparison.Ordinal) : relative == e);

    private static readonly JsonSerializer s_serializer = JsonSerializer.Create(new JsonSerializerSettings
    {
        MissingMemberHandling = MissingMemberHandling.Error,
        // A list in the file replaces the property's default instead of being added to it.
        ObjectCreationHandling = ObjectCreationHandling.Replace,
    });

    /// <summary>
    /// Refuses what the serializer would otherwise accept: a member name that matches a declared
    /// one only when case is ignored, and a number or boolean where text is expected (the
    /// serializer would convert it). Everything else is left to the serializer.
    /// </summary>
    private static void RequireExact(JToken json, Type type)
    {
        switch (s_serializer.ContractResolver.ResolveContract(type))
        {
            case JsonObjectContract contract when json is JObject members:
                foreach (var member in members.Properties())
                {
                    var declared = contract.Properties.FirstOrDefault(p => p.PropertyName == member.Name)
                        ?? throw new JsonSerializationException($"'{member.Path}' is not a member of {type.Name} (names are case-sensitive).");
                    if (declared.PropertyType is { } memberType)
                    {
                        RequireExact(member.Value, memberType);
                    }
                }

                break;
            case JsonArrayContract { CollectionItemType: { } itemType } when json is JArray items:
                foreach (var item in items)
                {
                    RequireExact(item, itemType);
                }

                break;
            case JsonPrimitiveContract when type == typeof(string) && json.Type is not (JTokenType.String or JTokenType.Null):
                throw new JsonSerializationException($"'{json.Path}' is {json.Type}, not text.");
        }
    }
}

/// <summary>A file the kit generates from another one.</summary>
/// <param name="Path">The generated file.</param>
/// <param name="From">The file it is generated from.</param>
/// <param name="Regenerate">The command (run at the repository root) that regenerates it.</param>
public sealed record DerivedFile(
    [property: JsonProperty("path")] string Path,
    [property: JsonProperty("from")] string From,
    [property: JsonProperty("regenerate")] string Regenerate);
