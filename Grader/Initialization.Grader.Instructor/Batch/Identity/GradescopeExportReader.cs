using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Initialization.Grader.Batch.Identity;

/// <summary>
/// Gradescope's "Export Submissions": a folder <c>submission_NNN</c> per submission and
/// <c>submission_metadata.yml</c>, which maps each folder to its submitters (<c>:name:</c>,
/// <c>:sid:</c>, <c>:email:</c>; Ruby-style keys). The key and the id are the sid, or the e-mail
/// address when the course has no student ids. A group submission (several submitters) is not an
/// individual student's: it is reported, not guessed.
/// </summary>
public sealed class GradescopeExportReader : IExportLayoutReader
{
    /// <summary>The metadata file's name in the export.</summary>
    public const string MetadataFile = "submission_metadata.yml";

    private readonly Dictionary<string, IReadOnlyList<IReadOnlyDictionary<string, string>>> _submitters;

    private GradescopeExportReader(Dictionary<string, IReadOnlyList<IReadOnlyDictionary<string, string>>> submitters) => _submitters = submitters;

    /// <inheritdoc/>
    public ExportLayout Layout => ExportLayout.Gradescope;

    /// <summary>Whether <paramref name="folder"/> looks like a Gradescope export (it holds the metadata file).</summary>
    /// <param name="folder">The submissions folder.</param>
    /// <returns>True when the metadata file is there.</returns>
    public static bool IsExport(string folder) => File.Exists(Path.Combine(folder, MetadataFile));

    /// <summary>Reads the export's metadata.</summary>
    /// <param name="folder">The submissions folder.</param>
    /// <param name="problems">Receives why the metadata cannot be read.</param>
    /// <returns>The reader, or null when the metadata is missing or unreadable.</returns>
    public static GradescopeExportReader? Load(string folder, List<string> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var path = Path.Combine(folder, MetadataFile);
        if (!File.Exists(path))
        {
            problems.Add($"'{folder}' has no {MetadataFile}: unzip Gradescope's whole export (the folders and {MetadataFile}) into one folder");
            return null;
        }

        try
        {
            using var reader = new StreamReader(path);
            var stream = new YamlStream();
            stream.Load(reader);
            var submitters = new Dictionary<string, IReadOnlyList<IReadOnlyDictionary<string, string>>>(StringComparer.Ordinal);
            if (stream.Documents.Count > 0 && stream.Documents[0].RootNode is YamlMappingNode root)
            {
                foreach (var (key, value) in root.Children)
                {
                    if (key is YamlScalarNode { Value: { } name } && value is YamlMappingNode submission && Child(submission, "submitters") is YamlSequenceNode people)
                    {
                        submitters[name] = [.. people.OfType<YamlMappingNode>().Select(Fields)];
                    }
                }
            }

            return new GradescopeExportReader(submitters);
        }
        catch (Exception failure) when (failure is YamlException or IOException or UnauthorizedAccessException)
        {
            problems.Add($"{path} cannot be read ({failure.Message.Split('\n')[0]}): unzip Gradescope's export again, without editing {MetadataFile}");
            return null;
        }
    }

    /// <inheritdoc/>
    public StudentIdentity? Identify(SubmissionEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (!entry.IsFolder || !_submitters.TryGetValue(entry.FileName, out var people) || people.Count != 1)
        {
            return null;
        }

        var person = people[0];
        var sid = person.GetValueOrDefault("sid");
        var email = person.GetValueOrDefault("email");
        var id = sid ?? email;
        return id is null ? null : new StudentIdentity(entry.FileName, id, id, Name: person.GetValueOrDefault("name"), Email: email);
    }

    /// <summary>Why <paramref name="entry"/> names no student, for the message; null when it does.</summary>
    /// <param name="entry">An entry the reader did not identify.</param>
    /// <returns>The reason, or null.</returns>
    public string? WhyNot(SubmissionEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (!_submitters.TryGetValue(entry.FileName, out var people))
        {
            return $"'{entry.FileName}' is not in {MetadataFile}: take it out of the folder, or export the submissions again";
        }

        return people.Count switch
        {
            0 => $"'{entry.FileName}' has no submitter in {MetadataFile}: take it out of the folder",
            > 1 => $"'{entry.FileName}' is a group submission ({string.Join(", ", people.Select(p => p.GetValueOrDefault("name") ?? p.GetValueOrDefault("email") ?? "?"))}): the kit grades individual work; copy the folder once per member, named by their ids, and grade that folder as plain",
            _ => $"'{entry.FileName}' has a submitter with neither :sid: nor :email: in {MetadataFile}: give the student an id in Gradescope's roster, or grade with a roster that matches the folder's name",
        };
    }

    private static YamlNode? Child(YamlMappingNode node, string name) =>
        node.Children.FirstOrDefault(c => c.Key is YamlScalarNode { Value: { } key } && key.Trim(':') == name).Value;

    private static IReadOnlyDictionary<string, string> Fields(YamlMappingNode person) =>
        person.Children
            .Where(c => c.Key is YamlScalarNode && c.Value is YamlScalarNode { Value: { Length: > 0 } })
            .ToDictionary(c => ((YamlScalarNode)c.Key).Value!.Trim(':'), c => ((YamlScalarNode)c.Value).Value!.Trim(), StringComparer.Ordinal);
}
