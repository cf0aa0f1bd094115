namespace Initialization.Grader.Pipeline;

/// <summary>How metadata spells names, read the way C# source spells them (for the allowlist and its messages).</summary>
internal static class MetadataNames
{
    private static readonly string[] s_accessorPrefixes = ["get_", "set_", "add_", "remove_"];

    /// <summary>"List`1" → "List".</summary>
    /// <param name="name">A type's metadata name.</param>
    /// <returns>The name without its generic arity.</returns>
    public static string WithoutArity(string name) => name.IndexOf('`', StringComparison.Ordinal) is var tick and >= 0 ? name[..tick] : name;

    /// <summary>"get_Out" → "Out": a property's or event's accessor counts as the property or event.</summary>
    /// <param name="member">A member's metadata name.</param>
    /// <returns>The name without an accessor prefix.</returns>
    public static string WithoutAccessorPrefix(string member)
    {
        foreach (var prefix in s_accessorPrefixes)
        {
            if (member.StartsWith(prefix, StringComparison.Ordinal) && member.Length > prefix.Length)
            {
                return member[prefix.Length..];
            }
        }

        return member;
    }
}
