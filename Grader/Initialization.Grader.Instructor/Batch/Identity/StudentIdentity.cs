namespace Initialization.Grader.Batch.Identity;

/// <summary>
/// Who handed in one entry of the submissions folder: the id the batch's files and gradebooks
/// use, and what the export layout or the roster told about the student.
/// </summary>
/// <param name="Entry">The entry's name in the submissions folder (file or folder).</param>
/// <param name="Key">What the layout extracted from the entry (the Canvas user id, the Moodle participant number, the Gradescope sid, the GitHub username, or the entry's name), which roster rows match on.</param>
/// <param name="StudentId">The student's id: the roster's student_id, else the layout's id (see README, "Student identity").</param>
/// <param name="Name">The display name, when the layout or the roster gives one.</param>
/// <param name="Login">The login (roster), or the GitHub username.</param>
/// <param name="Email">The e-mail address (roster or Gradescope).</param>
/// <param name="Section">The section (roster).</param>
/// <param name="CanvasUserId">Canvas's own user id, from a Canvas export (Canvas gradebook's ID column).</param>
/// <param name="MoodleParticipant">Moodle's grading-worksheet identifier ("Participant N"), from a Moodle export.</param>
public sealed record StudentIdentity(
    string Entry,
    string Key,
    string StudentId,
    string? Name = null,
    string? Login = null,
    string? Email = null,
    string? Section = null,
    string? CanvasUserId = null,
    string? MoodleParticipant = null)
{
    /// <summary>The identity of a plain entry: the id is the entry's name, nothing else is known.</summary>
    /// <param name="id">The entry's name (without ".cs").</param>
    /// <returns>The identity.</returns>
    public static StudentIdentity Plain(string id) => new(id, id, id);
}
