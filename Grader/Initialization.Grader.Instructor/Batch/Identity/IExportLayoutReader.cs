namespace Initialization.Grader.Batch.Identity;

/// <summary>Reads the students out of one export layout's entry names.</summary>
public interface IExportLayoutReader
{
    /// <summary>The layout read.</summary>
    ExportLayout Layout { get; }

    /// <summary>The student behind <paramref name="entry"/> as the layout names them, or null when the entry is not named as this layout names entries.</summary>
    /// <param name="entry">An entry of the submissions folder.</param>
    /// <returns>The identity (its <see cref="StudentIdentity.StudentId"/> the layout's own id), or null.</returns>
    StudentIdentity? Identify(SubmissionEntry entry);
}
