using Initialization.Grader.Batch.Identity;

namespace Initialization.Grader.Batch;

/// <summary>One student of a batch: the id, what they handed in, and who they are.</summary>
/// <param name="Id">The student's id: the entry's name in a plain folder, the layout's id, or the roster's student_id.</param>
/// <param name="Path">The folder or .cs file to grade.</param>
/// <param name="Identity">What is known of the student (for the gradebooks' columns).</param>
public sealed record Student(string Id, string Path, StudentIdentity Identity)
{
    /// <summary>A student of a plain folder: known by the entry's name alone.</summary>
    /// <param name="id">The entry's name (without ".cs").</param>
    /// <param name="path">The folder or .cs file to grade.</param>
    public Student(string id, string path)
        : this(id, path, StudentIdentity.Plain(id))
    {
    }
}

/// <summary>The students of a batch, found before any grading.</summary>
/// <param name="Students">Each entry's student, sorted by id.</param>
/// <param name="Layout">The export layout the entries were read in.</param>
/// <param name="RosterWithoutSubmission">Roster rows no entry matched (students who handed nothing in), or null without a roster.</param>
/// <param name="Warnings">What the instructor should know before uploading (not errors).</param>
public sealed record IdentifiedClass(IReadOnlyList<Student> Students, ExportLayout Layout, IReadOnlyList<RosterRow>? RosterWithoutSubmission, IReadOnlyList<string> Warnings);

/// <summary>
/// The students of a batch: every folder and every .cs file directly inside the submissions
/// folder (hidden entries, starting with a dot, are skipped), each named as its export layout
/// names it (detected from the entries, or forced), then mapped through the roster when there
/// is one. Every problem is found at once and reported before anything is graded.
/// </summary>
public static class ClassRoster
{
    private const int NamesShown = 10;

    // File names are at most 255 bytes; results/ID.lti-ags.json adds a format and an extension.
    private const int MaxIdBytes = 200;

    /// <summary>Lists the students in a plain <paramref name="submissions"/> folder (or an export layout it recognises).</summary>
    /// <param name="submissions">The folder holding one entry per student.</param>
    /// <returns>The students, sorted by id.</returns>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    /// <exception cref="InvalidDataException">There is no student, or two entries give the same id (alice/ and alice.cs).</exception>
    public static IReadOnlyList<Student> Read(string submissions) => Identify(submissions, IdentityOptions.Default).Students;

    /// <summary>Lists and identifies the students in <paramref name="submissions"/>.</summary>
    /// <param name="submissions">The folder holding one entry per student.</param>
    /// <param name="options">The roster and layout options.</param>
    /// <returns>The students and what to warn about.</returns>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    /// <exception cref="InvalidDataException">There is no student, or the students cannot be told apart (every problem is named, one a line).</exception>
    public static IdentifiedClass Identify(string submissions, IdentityOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!Directory.Exists(submissions))
        {
            throw new DirectoryNotFoundException($"there is no folder '{submissions}' of submissions");
        }

        var entries = Directory.GetDirectories(submissions).Select(f => new SubmissionEntry(System.IO.Path.GetFileName(f), f, true))
            .Concat(Directory.GetFiles(submissions, "*.cs").Select(f => new SubmissionEntry(System.IO.Path.GetFileName(f), f, false)))
            .Where(e => !e.FileName.StartsWith('.'))
            .OrderBy(e => e.FileName, StringComparer.Ordinal)
            .ToList();
        if (entries.Count == 0)
        {
            throw new InvalidDataException($"there are no submissions in '{submissions}': put each student's folder (or .cs file) directly inside it");
        }

        var problems = new List<string>();
        var warnings = new List<string>();
        var reader = ExportLayouts.Choose(submissions, entries, options, problems);
        var identities = new List<StudentIdentity>();
        var unnamed = new List<SubmissionEntry>();
        foreach (var entry in entries)
        {
            if (reader is null)
            {
                identities.Add(StudentIdentity.Plain(entry.Name) with { Entry = entry.FileName });
            }
            else if (reader.Identify(entry) is { } identity)
            {
                identities.Add(identity);
            }
            else
            {
                unnamed.Add(entry);
            }
        }

        if (unnamed.Count > 0 && reader is GradescopeExportReader gradescope)
        {
            problems.AddRange(unnamed.Select(gradescope.WhyNot).OfType<string>());
        }
        else if (unnamed.Count > 0)
        {
            problems.Add($"{Names(unnamed.Select(e => e.FileName))} {(unnamed.Count == 1 ? "is" : "are")} not named as a {reader!.Layout.ToString().ToLowerInvariant()} export names its entries{(reader is ClassroomExportReader classroom ? $" ('{classroom.Prefix}USERNAME')" : string.Empty)}: take {(unnamed.Count == 1 ? "it" : "them")} out of the folder, or give --layout plain to use the entries' names as the students' ids");
        }

        IReadOnlyList<RosterRow>? withoutSubmission = null;
        if (options.Roster is { } rosterPath)
        {
            var rows = RosterFile.Read(rosterPath, problems);
            identities = [.. identities.Select(i => MapThroughRoster(i, rows, rosterPath, problems)).OfType<StudentIdentity>()];
            var matched = identities.Select(i => i.StudentId).ToHashSet(StringComparer.Ordinal);
            withoutSubmission = [.. rows.Where(r => !matched.Contains(r.StudentId))];
        }
        else if ((reader?.Layout ?? ExportLayout.Plain) == ExportLayout.Moodle)
        {
            warnings.Add("a Moodle export names participants ('Participant N', the grading worksheet's identifiers), which Moodle's gradebook import cannot match: give --roster with key (the participant number) and student_id (the username or id number) to import the Moodle gradebook");
        }

        foreach (var same in identities.GroupBy(i => i.StudentId, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            problems.Add(reader is null && options.Roster is null
                ? $"two entries give the student id '{same.Key}' ({string.Join(" and ", same.Select(i => i.Entry))}); keep one"
                : $"{string.Join(" and ", same.Select(i => $"'{i.Entry}'"))} {(same.Count() == 2 ? "both" : "all")} belong to the student '{same.Key}': keep one submission per student (put a student's files in one folder)");
        }

        foreach (var clash in identities.DistinctBy(i => i.StudentId, StringComparer.Ordinal).GroupBy(i => StudentResults.FileStem(i.StudentId), StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            problems.Add($"the student ids {string.Join(" and ", clash.Select(i => $"'{i.StudentId}'"))} would share the result file results/{clash.Key}.json: make them differ by more than '/' or '\\'");
        }

        foreach (var tooLong in identities.Where(i => System.Text.Encoding.UTF8.GetByteCount(StudentResults.FileStem(i.StudentId)) > MaxIdBytes))
        {
            problems.Add($"the student id '{tooLong.StudentId[..Math.Min(40, tooLong.StudentId.Length)]}…' of '{tooLong.Entry}' is longer than {MaxIdBytes} bytes, too long for its result file's name: give a shorter student_id");
        }

        if (problems.Count > 0)
        {
            throw new InvalidDataException(problems.Count == 1
                ? problems[0]
                : $"the students could not be identified ({problems.Count} problems; nothing was graded):" + string.Concat(problems.Select(p => $"{Environment.NewLine}  - {p}")));
        }

        var paths = entries.ToDictionary(e => e.FileName, e => e.Path, StringComparer.Ordinal);
        var students = identities.Select(i => new Student(i.StudentId, paths[i.Entry], i)).OrderBy(s => s.Id, StringComparer.Ordinal).ToList();
        return new IdentifiedClass(students, reader?.Layout ?? ExportLayout.Plain, withoutSubmission, warnings);
    }

    /// <summary>The entry's identity with the roster row that matches it; null (and a problem) when none or several do.</summary>
    private static StudentIdentity? MapThroughRoster(StudentIdentity identity, IReadOnlyList<RosterRow> rows, string rosterPath, List<string> problems)
    {
        var plainName = identity.Entry.EndsWith(".cs", StringComparison.OrdinalIgnoreCase) ? identity.Entry[..^3] : identity.Entry;
        var matching = rows.Where(r => r.Matches(identity.Entry, identity.Key) || r.Matches(plainName, identity.Key)).ToList();
        var described = identity.Key == plainName ? $"'{identity.Entry}'" : $"'{identity.Entry}' (key {identity.Key})";
        switch (matching.Count)
        {
            case 0:
                problems.Add($"the submission {described} matches no row of roster '{rosterPath}': add a row with submission {plainName} or key {identity.Key}, or take the submission out of the folder");
                return null;
            case > 1:
                problems.Add($"the submission {described} matches the roster's lines {string.Join(" and ", matching.Select(r => r.Line))} of '{rosterPath}': make the submission patterns or keys specific enough that one row matches");
                return null;
            default:
                var row = matching[0];
                return identity with
                {
                    StudentId = row.StudentId,
                    Name = row.Name ?? identity.Name,
                    Login = row.Login ?? identity.Login,
                    Email = row.Email ?? identity.Email,
                    Section = row.Section ?? identity.Section,
                };
        }
    }

    private static string Names(IEnumerable<string> names)
    {
        var list = names.ToList();
        var shown = string.Join(", ", list.Take(NamesShown).Select(n => $"'{n}'"));
        return list.Count > NamesShown ? $"{shown} and {list.Count - NamesShown} more" : shown;
    }
}
