using System.Text;

namespace Initialization.Grader.Batch.Identity;

/// <summary>
/// Reads a roster: CSV in UTF-8 (with or without a byte-order mark), a header row, then one row
/// per student. Columns (any order, names case-insensitive): <c>student_id</c> (required),
/// <c>submission</c> and/or <c>key</c> (at least one of the two columns, and a value in one of
/// them on every row), and optional <c>login</c>, <c>name</c>, <c>email</c>, <c>section</c>.
/// Every problem of the file is collected, each with its line and what to write instead.
/// </summary>
public static class RosterFile
{
    /// <summary>The columns a roster may have.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["submission", "key", "student_id", "login", "name", "email", "section"];

    /// <summary>Reads the roster at <paramref name="path"/>.</summary>
    /// <param name="path">The roster file.</param>
    /// <param name="problems">Receives what is wrong with it (nothing when it is fine).</param>
    /// <returns>The rows that could be read.</returns>
    public static IReadOnlyList<RosterRow> Read(string path, List<string> problems)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(problems);
        string text;
        try
        {
            var bytes = File.ReadAllBytes(path);
            var bom = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0;
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes, bom, bytes.Length - bom);
        }
        catch (DecoderFallbackException)
        {
            problems.Add($"roster '{path}' is not UTF-8 text: save it as \"CSV UTF-8\" (Excel) or UTF-8 CSV (LibreOffice, Google Sheets)");
            return [];
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException)
        {
            problems.Add($"roster '{path}' cannot be read ({failure.Message}): give --roster a CSV file you can read");
            return [];
        }

        return Parse(text, $"roster '{path}'", problems);
    }

    /// <summary>Reads roster text.</summary>
    /// <param name="text">The CSV text.</param>
    /// <param name="source">How messages name the file, e.g. "roster 'class.csv'".</param>
    /// <param name="problems">Receives what is wrong with it.</param>
    /// <returns>The rows that could be read.</returns>
    public static IReadOnlyList<RosterRow> Parse(string text, string source, List<string> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        IReadOnlyList<CsvRecord> records;
        try
        {
            records = CsvRecords.Parse(text);
        }
        catch (InvalidDataException malformed)
        {
            problems.Add($"{source}, {malformed.Message}");
            return [];
        }

        var expected = $"a header row such as 'submission,student_id,login,name,email,section' (columns: {string.Join(", ", Columns)})";
        if (records.Count == 0)
        {
            problems.Add($"{source} is empty: write {expected}, then one row per student");
            return [];
        }

        var header = records[0].Fields.Select(f => f.Trim().ToLowerInvariant()).ToList();
        var before = problems.Count;
        foreach (var unknown in header.Where(h => !Columns.Contains(h)))
        {
            problems.Add($"{source}, line {records[0].Line}: unknown column '{unknown}'; the columns are {string.Join(", ", Columns)}");
        }

        foreach (var twice in header.GroupBy(h => h).Where(g => g.Count() > 1))
        {
            problems.Add($"{source}, line {records[0].Line}: the column '{twice.Key}' appears {twice.Count()} times; keep one");
        }

        if (!header.Contains("student_id"))
        {
            problems.Add($"{source}, line {records[0].Line}: no 'student_id' column; write {expected}");
        }

        if (!header.Contains("submission") && !header.Contains("key"))
        {
            problems.Add($"{source}, line {records[0].Line}: no 'submission' or 'key' column, so no row can match a submission; add 'submission' (the entry's name, or a pattern with *) or 'key' (the id the export layout gives)");
        }

        if (problems.Count > before)
        {
            return [];
        }

        string? Column(CsvRecord record, string name) =>
            header.IndexOf(name) is var at and >= 0 && record.Fields[at].Trim() is { Length: > 0 } value ? value : null;

        var rows = new List<RosterRow>();
        foreach (var record in records.Skip(1))
        {
            if (record.Fields.Count != header.Count)
            {
                problems.Add($"{source}, line {record.Line}: {record.Fields.Count} fields where the header has {header.Count}; quote a value that holds a comma (\"Cohen, Mia\") and give every column, empty if unknown");
                continue;
            }

            var studentId = Column(record, "student_id");
            var submission = Column(record, "submission") ?? string.Empty;
            var key = Column(record, "key") ?? string.Empty;
            if (studentId is null)
            {
                problems.Add($"{source}, line {record.Line}: no student_id; write the student's id as the gradebook knows it");
            }

            if (submission.Length == 0 && key.Length == 0)
            {
                problems.Add($"{source}, line {record.Line}: neither a submission nor a key; write the submission's name (or a pattern with *) or the key its export layout gives");
            }

            if (studentId is not null && (submission.Length > 0 || key.Length > 0))
            {
                rows.Add(new RosterRow(record.Line, submission, key, studentId, Column(record, "login"), Column(record, "name"), Column(record, "email"), Column(record, "section")));
            }
        }

        foreach (var twice in rows.GroupBy(r => r.StudentId, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            problems.Add($"{source}: the student_id '{twice.Key}' is on lines {string.Join(" and ", twice.Select(r => r.Line))}; give each student one row");
        }

        return rows;
    }
}
