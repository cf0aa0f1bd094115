namespace Initialization.Grader.Batch.Identity;

/// <summary>A roster's submission pattern: the entry's name, where <c>*</c> stands for any text (case-insensitive, whole name).</summary>
public static class SubmissionPattern
{
    /// <summary>Whether <paramref name="pattern"/> matches <paramref name="entry"/>.</summary>
    /// <param name="pattern">The pattern, e.g. <c>cohenmia_*</c>.</param>
    /// <param name="entry">The entry's name.</param>
    /// <returns>True when the whole name matches.</returns>
    public static bool Matches(string pattern, string entry)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        ArgumentNullException.ThrowIfNull(entry);
        var parts = pattern.Split('*');
        if (parts.Length == 1)
        {
            return string.Equals(pattern, entry, StringComparison.OrdinalIgnoreCase);
        }

        if (!entry.StartsWith(parts[0], StringComparison.OrdinalIgnoreCase) || !entry.EndsWith(parts[^1], StringComparison.OrdinalIgnoreCase) || entry.Length < parts[0].Length + parts[^1].Length)
        {
            return false;
        }

        var at = parts[0].Length;
        var end = entry.Length - parts[^1].Length;
        foreach (var middle in parts[1..^1])
        {
            var found = entry.IndexOf(middle, at, end - at, StringComparison.OrdinalIgnoreCase);
            if (found < 0)
            {
                return false;
            }

            at = found + middle.Length;
        }

        return true;
    }
}
