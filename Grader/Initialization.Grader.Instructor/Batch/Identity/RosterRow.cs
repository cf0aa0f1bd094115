namespace Initialization.Grader.Batch.Identity;

/// <summary>One student of a roster file.</summary>
/// <param name="Line">The line it is on (for messages).</param>
/// <param name="Submission">The entry's name, or a pattern with <c>*</c>, it matches (empty: match on <paramref name="Key"/> only).</param>
/// <param name="Key">The layout's key it matches (Canvas user id, Moodle participant number, Gradescope sid, GitHub username), or empty.</param>
/// <param name="StudentId">The student's id in the gradebooks.</param>
/// <param name="Login">The login, or null.</param>
/// <param name="Name">The display name, or null.</param>
/// <param name="Email">The e-mail address, or null.</param>
/// <param name="Section">The section, or null.</param>
public sealed record RosterRow(int Line, string Submission, string Key, string StudentId, string? Login, string? Name, string? Email, string? Section)
{
    /// <summary>Whether this row is the student of <paramref name="entry"/> (whose layout key is <paramref name="key"/>).</summary>
    /// <param name="entry">The entry's name (a .cs file's without the extension).</param>
    /// <param name="key">The key the layout extracted.</param>
    /// <returns>True when the key column equals the key, or the submission pattern matches the entry (case-insensitive).</returns>
    public bool Matches(string entry, string key) =>
        (Key.Length > 0 && string.Equals(Key, key, StringComparison.OrdinalIgnoreCase)) ||
        (Submission.Length > 0 && SubmissionPattern.Matches(Submission, entry));
}
