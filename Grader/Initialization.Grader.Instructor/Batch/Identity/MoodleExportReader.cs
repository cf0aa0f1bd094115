using System.Text.RegularExpressions;

namespace Initialization.Grader.Batch.Identity;

/// <summary>
/// Moodle's "Download all submissions" (file submissions): a folder
/// <c>Full Name_PARTICIPANTID_assignsubmission_file_</c> per student (or, without "download in
/// folders", files <c>Full Name_PARTICIPANTID_assignsubmission_file_Initializers.cs</c>). The key
/// is the participant number; the id is the grading worksheet's identifier "Participant N"; the
/// display name is the full name (Moodle writes underscores in names as spaces).
/// </summary>
public sealed partial class MoodleExportReader : IExportLayoutReader
{
    /// <inheritdoc/>
    public ExportLayout Layout => ExportLayout.Moodle;

    /// <inheritdoc/>
    public StudentIdentity? Identify(SubmissionEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var match = MoodleName().Match(entry.FileName);
        if (!match.Success)
        {
            return null;
        }

        var participant = match.Groups["participant"].Value;
        var worksheetId = $"Participant {participant}";
        return new StudentIdentity(entry.FileName, participant, worksheetId, Name: match.Groups["name"].Value.Trim(), MoodleParticipant: worksheetId);
    }

    [GeneratedRegex(@"^(?<name>.+)_(?<participant>[0-9]+)_assignsubmission_file_(?<rest>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex MoodleName();
}
