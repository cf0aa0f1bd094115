using System.Globalization;

namespace Initialization.Grader.Batch;

/// <summary>
/// One part of a class graded on its own machine (<c>--shard I/N</c>). The split is the same on
/// every machine: students are sorted by id (ordinal, as <see cref="ClassRoster"/> lists them)
/// and the student at position <c>k</c> (from 0) belongs to shard <c>k mod N</c>. Every shard
/// gets ⌊n/N⌋ or ⌈n/N⌉ of the n students, and neighbours in the list go to different machines,
/// so a run of slow submissions with similar names is spread out.
/// </summary>
/// <param name="Index">The shard's number, from 0 to <paramref name="Count"/> − 1.</param>
/// <param name="Count">How many shards the class is split into.</param>
public sealed record Shard(int Index, int Count)
{
    /// <summary>What to write, said in every message about a bad shard value.</summary>
    public const string Expected = "write --shard I/N with N the number of shards and I this shard's number from 0 to N-1, e.g. --shard 0/3, --shard 1/3 and --shard 2/3";

    /// <summary>"1/3".</summary>
    public string Text => string.Create(CultureInfo.InvariantCulture, $"{Index}/{Count}");

    /// <summary>The folder a shard writes into, inside the batch's --out: "shard-1".</summary>
    public string FolderName => string.Create(CultureInfo.InvariantCulture, $"shard-{Index}");

    /// <summary>The students of <paramref name="students"/> (sorted by id) that belong to this shard.</summary>
    public IReadOnlyList<Student> Of(IReadOnlyList<Student> students)
    {
        ArgumentNullException.ThrowIfNull(students);
        return [.. students.Where((_, position) => position % Count == Index)];
    }

    /// <summary>Reads "I/N".</summary>
    /// <param name="text">The value given to --shard.</param>
    /// <param name="shard">The shard, when the value is valid.</param>
    /// <returns>Null when valid, else what is wrong and what to write instead.</returns>
    public static string? TryParse(string text, out Shard? shard)
    {
        ArgumentNullException.ThrowIfNull(text);
        shard = null;
        var parts = text.Split('/');
        if (parts.Length != 2 || !TryNumber(parts[0], out var index) || !TryNumber(parts[1], out var count))
        {
            return $"--shard '{text}' is not two whole numbers I/N: {Expected}";
        }

        return Create(index, count, $"--shard '{text}'", out shard);
    }

    /// <summary>Checks an index and a count that came separately (Kubernetes' JOB_COMPLETION_INDEX and the Job's completions).</summary>
    /// <param name="index">The shard's number.</param>
    /// <param name="count">How many shards.</param>
    /// <param name="source">Where the values came from, for the message.</param>
    /// <param name="shard">The shard, when the values are valid.</param>
    /// <returns>Null when valid, else what is wrong and what to write instead.</returns>
    public static string? Create(int index, int count, string source, out Shard? shard)
    {
        shard = null;
        if (count < 1)
        {
            return $"{source}: the number of shards must be at least 1, not {count}; {Expected}";
        }

        if (index < 0 || index >= count)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{source}: with {count} shard(s) the shard's number goes from 0 to {count - 1}, not {index}; {Expected}");
        }

        shard = new Shard(index, count);
        return null;
    }

    /// <summary>A whole number in plain decimal digits (no sign, no spaces, no thousands separators).</summary>
    internal static bool TryNumber(string text, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
}
