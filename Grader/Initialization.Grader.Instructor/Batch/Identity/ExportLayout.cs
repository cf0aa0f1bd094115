namespace Initialization.Grader.Batch.Identity;

/// <summary>How a submissions folder is laid out, which says how each entry names its student.</summary>
public enum ExportLayout
{
    /// <summary>Each entry's name is the student's id (the default).</summary>
    Plain,

    /// <summary>Canvas "Download Submissions": <c>lastfirst_[LATE_]USERID_ATTACHMENTID_original.cs</c>.</summary>
    Canvas,

    /// <summary>Moodle "Download all submissions": <c>Full Name_PARTICIPANTID_assignsubmission_file_</c>.</summary>
    Moodle,

    /// <summary>Gradescope "Export Submissions": <c>submission_NNN</c> folders and <c>submission_metadata.yml</c>.</summary>
    Gradescope,

    /// <summary>GitHub Classroom (clone-submissions.sh): folders named <c>PREFIX-USERNAME</c>.</summary>
    Classroom,
}
