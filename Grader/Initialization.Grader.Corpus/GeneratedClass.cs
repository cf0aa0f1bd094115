namespace Initialization.Grader.Corpus;

/// <summary>
/// A made-up class for the batch benchmark: half correct, three in ten with a known mistake, two
/// in ten hostile, taken in turn from the corpus so the mix is the same every time. Every other
/// student hands in a folder, the rest a bare .cs file, as real classes do.
/// </summary>
public static class GeneratedClass
{
    /// <summary>The students: id, the source of their Initializers.cs, and whether it is in a folder.</summary>
    public static IReadOnlyList<(string Id, string Source, bool AsFolder)> Create(int size)
    {
        var solution = File.ReadAllText(CorpusPaths.Solution);
        var wrong = KnownWrongSubmission.All;
        var hostile = HostileSubmission.All;
        var students = new List<(string, string, bool)>();
        for (var i = 0; i < size; i++)
        {
            var source = (i % 10) switch
            {
                < 5 => solution,
                < 8 => wrong[(i / 10 * 3 + (i % 10) - 5) % wrong.Count].Source(),
                _ => hostile[(i / 10 * 2 + (i % 10) - 8) % hostile.Count].Source(),
            };
            students.Add(($"student-{i + 1:000}", source, i % 2 == 0));
        }

        return students;
    }

    /// <summary>
    /// Writes <paramref name="students"/> into <paramref name="folder"/> as batch grading reads a
    /// class: a folder ID/ holding Initializers.cs, or a bare ID.cs.
    /// </summary>
    public static void Write(string folder, IEnumerable<(string Id, string Source, bool AsFolder)> students)
    {
        ArgumentNullException.ThrowIfNull(students);
        foreach (var (id, source, asFolder) in students)
        {
            var file = asFolder ? Path.Combine(folder, id, "Initializers.cs") : Path.Combine(folder, id + ".cs");
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, source);
        }
    }

    /// <summary>The mix, in words.</summary>
    public static string Describe(int size) =>
        $"{Count(size, k => k < 5)} correct, {Count(size, k => k is >= 5 and < 8)} with a known mistake, {Count(size, k => k >= 8)} hostile";

    private static int Count(int size, Func<int, bool> kind) => Enumerable.Range(0, size).Count(i => kind(i % 10));
}
