using System.Text.RegularExpressions;

namespace Initialization.Grader.Batch.Identity;

/// <summary>
/// Canvas's "Download Submissions" zip: each file is named
/// <c>lastfirst_[LATE_]USERID_ATTACHMENTID_original.cs</c> (Canvas lower-cases it, so LATE may be
/// "late"; a resubmitted file's original name gains "-1"). Also taken: a folder named so, or a
/// folder holding exactly one file named so. The key and the id are the Canvas user id.
/// </summary>
public sealed partial class CanvasExportReader : IExportLayoutReader
{
    /// <inheritdoc/>
    public ExportLayout Layout => ExportLayout.Canvas;

    /// <inheritdoc/>
    public StudentIdentity? Identify(SubmissionEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var match = CanvasName().Match(entry.FileName);
        if (!match.Success && entry.IsFolder && Directory.GetFiles(entry.Path, "*.cs") is [var only])
        {
            match = CanvasName().Match(Path.GetFileName(only));
        }

        if (!match.Success)
        {
            return null;
        }

        var userId = match.Groups["user"].Value;
        return new StudentIdentity(entry.FileName, userId, userId, CanvasUserId: userId);
    }

    [GeneratedRegex(@"^(?<name>[^_]+)_(?:late_)?(?<user>[0-9]+)_(?<attachment>[0-9]+)(?:_(?<original>.+))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CanvasName();
}
