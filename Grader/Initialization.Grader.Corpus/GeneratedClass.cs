namespace Initialization.Grader.Corpus;

/// <summary>
/// A made-up class for the batch benchmark, mixed as the issue that set its target describes a
/// realistic class: one in six hostile, the rest correct or with a known mistake (16 and 9 in
/// every 30). Correct students write in the many styles of the correct corpus
/// (Grader/Corpus/correct) as well as the reference's; every kind is taken in turn, so the mix is
/// the same every time. Every other student hands in a folder, the rest a bare .cs file, as real
/// classes do.
/// </summary>
public static class GeneratedClass
{
    private const int Block = 30;
    private const int CorrectPerBlock = 16;
    private const int WrongPerBlock = 9;
    private const int HostilePerBlock = 5;

    /// <summary>Every sixth student is hostile.</summary>
    private const int HostileEvery = Block / HostilePerBlock;

    private enum Kind
    {
        Correct,
        Wrong,
        Hostile,
    }

    /// <summary>The students: id, the source of their Initializers.cs, and whether it is in a folder.</summary>
    public static IReadOnlyList<(string Id, string Source, bool AsFolder)> Create(int size)
    {
        string[] correct = [File.ReadAllText(CorpusPaths.Solution), .. Directory.GetFiles(Path.Combine(CorpusPaths.Corpus, "correct"), "*.cs").Order(StringComparer.Ordinal).Select(File.ReadAllText)];
        var wrong = KnownWrongSubmission.All;
        var hostile = HostileSubmission.All;
        var students = new List<(string, string, bool)>();
        for (var i = 0; i < size; i++)
        {
            var (kind, turn) = KindOf(i);
            var source = kind switch
            {
                Kind.Correct => correct[turn % correct.Length],
                Kind.Wrong => wrong[turn % wrong.Count].Source(),
                _ => hostile[turn % hostile.Count].Source(),
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
    public static string Describe(int size)
    {
        var kinds = Enumerable.Range(0, size).Select(i => KindOf(i).Kind).ToList();
        return $"{kinds.Count(k => k == Kind.Correct)} correct, {kinds.Count(k => k == Kind.Wrong)} with a known mistake, {kinds.Count(k => k == Kind.Hostile)} hostile";
    }

    /// <summary>
    /// Student <paramref name="i"/>'s kind, and how many of that kind came before (which entry of
    /// its corpus it takes): every sixth student is hostile, so hostile ones are spread through
    /// the class, not bunched.
    /// </summary>
    private static (Kind Kind, int Turn) KindOf(int i)
    {
        var (block, k) = (i / Block, i % Block);
        if (k % HostileEvery == HostileEvery - 1)
        {
            return (Kind.Hostile, (block * HostilePerBlock) + (k / HostileEvery));
        }

        var j = k - (k / HostileEvery);
        return j < CorrectPerBlock ? (Kind.Correct, (block * CorrectPerBlock) + j) : (Kind.Wrong, (block * WrongPerBlock) + j - CorrectPerBlock);
    }
}
