namespace Initialization.Grader.Batch.Identity;

/// <summary>
/// Chooses how a submissions folder names its students: the layout --layout forces, GitHub
/// Classroom when --classroom-prefix is given, else the one layout every entry is named in
/// (Gradescope when the folder holds its metadata file, Canvas, Moodle), else plain names.
/// GitHub Classroom is never guessed: plain names such as "lab1-alice" would look alike.
/// </summary>
public static class ExportLayouts
{
    /// <summary>The reader for the folder's layout; null for plain names.</summary>
    /// <param name="submissions">The submissions folder.</param>
    /// <param name="entries">Its entries.</param>
    /// <param name="options">--layout and --classroom-prefix.</param>
    /// <param name="problems">Receives why no layout fits (a mix of layouts, unreadable metadata, no common prefix).</param>
    /// <returns>The reader, or null for plain names (also when a problem was added).</returns>
    public static IExportLayoutReader? Choose(string submissions, IReadOnlyList<SubmissionEntry> entries, IdentityOptions options, List<string> problems)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(problems);
        var layout = options.Layout ?? (options.ClassroomPrefix is not null ? ExportLayout.Classroom : (ExportLayout?)null);
        switch (layout)
        {
            case ExportLayout.Plain:
                return null;
            case ExportLayout.Canvas:
                return new CanvasExportReader();
            case ExportLayout.Moodle:
                return new MoodleExportReader();
            case ExportLayout.Gradescope:
                return GradescopeExportReader.Load(submissions, problems);
            case ExportLayout.Classroom:
                var prefix = options.ClassroomPrefix ?? ClassroomExportReader.CommonPrefix([.. entries.Select(e => e.FileName)]);
                if (prefix is null)
                {
                    problems.Add("the entries share no prefix ending with '-' (GitHub Classroom names repositories ASSIGNMENT-USERNAME): give --classroom-prefix ASSIGNMENT-");
                    return null;
                }

                return new ClassroomExportReader(prefix);
            default:
                return Detect(submissions, entries, problems);
        }
    }

    private static IExportLayoutReader? Detect(string submissions, IReadOnlyList<SubmissionEntry> entries, List<string> problems)
    {
        if (GradescopeExportReader.IsExport(submissions))
        {
            // The metadata file says which export this is; entries it does not name are reported one by one.
            return GradescopeExportReader.Load(submissions, problems);
        }

        var candidates = new IExportLayoutReader[] { new CanvasExportReader(), new MoodleExportReader() }
            .Select(reader => (Reader: reader, Odd: entries.Where(e => reader.Identify(e) is null).ToList()))
            .Where(c => c.Odd.Count < entries.Count)
            .OrderBy(c => c.Odd.Count)
            .ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        var (best, odd) = candidates[0];
        if (odd.Count > 0)
        {
            var name = best.Layout.ToString();
            problems.Add($"{entries.Count - odd.Count} of the {entries.Count} entries are named as a {name} export names them, but not {string.Join(", ", odd.Take(10).Select(e => $"'{e.FileName}'"))}{(odd.Count > 10 ? $" and {odd.Count - 10} more" : string.Empty)}: put only one export in the folder (take the odd entries out), or give --layout {name.ToLowerInvariant()} or --layout plain");
            return null;
        }

        return best;
    }
}
