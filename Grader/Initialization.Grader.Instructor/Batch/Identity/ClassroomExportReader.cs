namespace Initialization.Grader.Batch.Identity;

/// <summary>
/// GitHub Classroom, as clone-submissions.sh writes it: a folder per student repository, named
/// <c>PREFIX-USERNAME</c> (the assignment's prefix, then the GitHub username). The key, the id and
/// the login are the username.
/// </summary>
/// <param name="prefix">The assignment's prefix, including its hyphen (e.g. "initialization-").</param>
public sealed class ClassroomExportReader(string prefix) : IExportLayoutReader
{
    /// <summary>The prefix the reader strips.</summary>
    public string Prefix => prefix;

    /// <inheritdoc/>
    public ExportLayout Layout => ExportLayout.Classroom;

    /// <summary>The longest prefix, ending with a hyphen, that every name starts with and none equals; null when there is none.</summary>
    /// <param name="names">The entries' names.</param>
    /// <returns>The prefix, e.g. "initialization-", or null.</returns>
    public static string? CommonPrefix(IReadOnlyList<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        if (names.Count == 0)
        {
            return null;
        }

        var common = names.Aggregate((a, b) => a[..a.Zip(b).TakeWhile(p => char.ToLowerInvariant(p.First) == char.ToLowerInvariant(p.Second)).Count()]);
        var hyphen = common.LastIndexOf('-');
        var prefix = hyphen > 0 ? common[..(hyphen + 1)] : null;
        return prefix is not null && names.All(n => n.Length > prefix.Length) ? prefix : null;
    }

    /// <inheritdoc/>
    public StudentIdentity? Identify(SubmissionEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (!entry.IsFolder || !entry.FileName.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) || entry.FileName.Length == prefix.Length)
        {
            return null;
        }

        var username = entry.FileName[prefix.Length..];
        return new StudentIdentity(entry.FileName, username, username, Login: username);
    }
}
