namespace Initialization.Grader.Batch;

/// <summary>One student of a batch: the id (the entry's name) and what they handed in.</summary>
/// <param name="Id">The student's id: the folder's name, or the file's name without ".cs".</param>
/// <param name="Path">The folder or .cs file to grade.</param>
public sealed record Student(string Id, string Path);

/// <summary>
/// The students of a batch: every folder and every .cs file directly inside the submissions
/// folder (hidden entries, starting with a dot, are skipped), in ordinal order of their ids.
/// </summary>
public static class ClassRoster
{
    /// <summary>Lists the students in <paramref name="submissions"/>.</summary>
    /// <param name="submissions">The folder holding one entry per student.</param>
    /// <returns>The students, sorted by id.</returns>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    /// <exception cref="InvalidDataException">There is no student, or two entries give the same id (alice/ and alice.cs).</exception>
    public static IReadOnlyList<Student> Read(string submissions)
    {
        if (!Directory.Exists(submissions))
        {
            throw new DirectoryNotFoundException($"there is no folder '{submissions}' of submissions");
        }

        var folders = Directory.GetDirectories(submissions).Select(f => new Student(System.IO.Path.GetFileName(f), f));
        var files = Directory.GetFiles(submissions, "*.cs").Select(f => new Student(System.IO.Path.GetFileNameWithoutExtension(f), f));
        var students = folders.Concat(files).Where(s => !s.Id.StartsWith('.')).OrderBy(s => s.Id, StringComparer.Ordinal).ToList();
        if (students.Count == 0)
        {
            throw new InvalidDataException($"there are no submissions in '{submissions}': put each student's folder (or .cs file) directly inside it");
        }

        var twice = students.GroupBy(s => s.Id).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
        {
            throw new InvalidDataException($"two entries give the student id '{twice.Key}' ({string.Join(" and ", twice.Select(s => System.IO.Path.GetFileName(s.Path)))}); keep one");
        }

        return students;
    }
}
