using System.Globalization;
using Initialization.Grader.Batch.Documents;
using Initialization.Grader.Exercise;
using Initialization.Grader.Gradebooks;
using Initialization.Grader.Pipeline;
using Initialization.Grader.Reporting;

namespace Initialization.Grader.Batch;

/// <summary>What a merge combined.</summary>
/// <param name="Shards">How many shards.</param>
/// <param name="Students">How many students, over all shards.</param>
/// <param name="GraderFaults">How many students' records are grader faults (listed in not-graded.csv).</param>
public sealed record MergeOutcome(int Shards, int Students, int GraderFaults);

/// <summary>
/// <c>--merge DIR...</c>: combines the outputs of <c>--shard I/N</c> runs into the output a single
/// run over the whole class writes (every student's result, the gradebooks, not-graded.csv,
/// summary.json, the plots), from the students' records, grading nobody. It first checks that the
/// shards belong together and are complete, and refuses otherwise, writing nothing.
/// </summary>
public static class ShardMerger
{
    /// <summary>At most this many missing students are named in a message (then how many more).</summary>
    private const int NamedInMessage = 10;

    /// <summary>Merges the shards found in <paramref name="folders"/> into <paramref name="output"/>.</summary>
    /// <param name="folders">Shard output folders (holding shard.json), or folders whose subfolders are.</param>
    /// <param name="output">The merged output folder.</param>
    /// <param name="pack">The exercise pack the shards must have graded with (its methods name the gradebook's columns).</param>
    /// <param name="gradebooks">The platform gradebooks to write.</param>
    /// <returns>What was merged.</returns>
    /// <exception cref="InvalidDataException">The shards do not make up one complete class graded alike (the message says why and what to do).</exception>
    public static MergeOutcome Merge(IReadOnlyList<string> folders, string output, ExercisePack pack, IReadOnlyList<IGradebookFormat> gradebooks)
    {
        ArgumentNullException.ThrowIfNull(folders);
        ArgumentNullException.ThrowIfNull(pack);
        var shards = Find(folders).Select(f => (Folder: f, Manifest: ShardManifest.Read(f))).ToList();
        var outputFull = Path.GetFullPath(output);
        if (shards.FirstOrDefault(s => IsWithin(outputFull, Path.GetFullPath(s.Folder)) || IsWithin(Path.GetFullPath(s.Folder), outputFull)) is { Folder: { } inside })
        {
            throw new InvalidDataException($"--out '{output}' and the shard '{inside}' overlap: give --merge a new folder for the merged output");
        }

        CheckAlike(shards, GradingIdentity.ExercisePack(pack));
        CheckCovering(shards);
        var rows = new List<(string StudentId, GradingResult Result)>();
        var digest = new ResultDigest();
        foreach (var (folder, manifest) in shards)
        {
            var store = new StudentResults(folder);
            var missing = new List<string>();
            foreach (var student in manifest.Students)
            {
                if (Record(store, student) is { } result)
                {
                    rows.Add((student, digest.Of(result)));
                }
                else
                {
                    missing.Add(student);
                }
            }

            if (missing.Count > 0)
            {
                throw new InvalidDataException(
                    $"shard {Text(manifest)} in '{folder}' is incomplete: {Names(missing)} {(missing.Count == 1 ? "has" : "have")} no readable result in its results/. " +
                    $"Run that shard again (--shard {Text(manifest)}): students already graded keep their results");
            }
        }

        // Only the shard's own students' files: a folder graded before with another split may hold others'.
        var merged = new StudentResults(output);
        Directory.CreateDirectory(merged.Folder);
        foreach (var (folder, manifest) in shards)
        {
            var shard = new StudentResults(folder);
            foreach (var file in manifest.Students.SelectMany(shard.FilesOf).Where(File.Exists))
            {
                File.Copy(file, Path.Combine(merged.Folder, Path.GetFileName(file)), overwrite: true);
            }
        }

        rows.Sort((a, b) => string.CompareOrdinal(a.StudentId, b.StudentId));
        // Shards run side by side: the merged run took as long as its slowest shard.
        var run = (shards.Sum(s => s.Manifest.GradedInLastRun), shards.Sum(s => s.Manifest.GraderFaultsInLastRun), shards.Max(s => s.Manifest.Seconds));
        // What the roster or the export layout told about the students travels in each shard's manifest.
        var identities = shards.All(s => s.Manifest.Identities is not null)
            ? shards.SelectMany(s => s.Manifest.Identities!).ToDictionary(i => i.StudentId)
            : null;
        BatchReports.Write(output, rows, pack.MethodNames, gradebooks, run, identities, shards[0].Manifest.RosterWithoutSubmission);
        return new MergeOutcome(shards.Count, rows.Count, rows.Count(r => r.Result.GraderFault));
    }

    /// <summary>The shard folders: each given folder that is one, else its subfolders that are.</summary>
    private static List<string> Find(IReadOnlyList<string> folders)
    {
        var found = new List<string>();
        foreach (var folder in folders)
        {
            if (!Directory.Exists(folder))
            {
                throw new InvalidDataException($"there is no folder '{folder}': give --merge the output folders of the --shard runs");
            }

            if (ShardManifest.IsShard(folder))
            {
                found.Add(folder);
                continue;
            }

            var inside = Directory.GetDirectories(folder).Where(ShardManifest.IsShard).Order(StringComparer.Ordinal).ToList();
            if (inside.Count == 0)
            {
                throw new InvalidDataException($"'{folder}' holds no shard output ({ShardManifest.FileName}, in it or in a subfolder): give --merge the folders the --shard I/N runs wrote (their --out, or its shard-I folders)");
            }

            found.AddRange(inside);
        }

        return found;
    }

    /// <summary>Same split, same class, same grading core, same exercise pack (the one given to the merge).</summary>
    private static void CheckAlike(List<(string Folder, ShardManifestDocument Manifest)> shards, string pack)
    {
        var (firstFolder, first) = shards[0];
        foreach (var (folder, manifest) in shards.Skip(1))
        {
            if (manifest.Shards != first.Shards)
            {
                throw new InvalidDataException($"the shards split the class differently: '{firstFolder}' is shard {Text(first)} and '{folder}' is shard {Text(manifest)}; merge the shards of one split (the same N in --shard I/N)");
            }

            if (manifest.ClassFingerprint != first.ClassFingerprint || manifest.ClassStudents != first.ClassStudents)
            {
                throw new InvalidDataException($"'{firstFolder}' and '{folder}' are shards of different classes ({first.ClassStudents} and {manifest.ClassStudents} students, or other names): every shard must read the same submissions folder; grade the shards again from one copy of it");
            }

            if (manifest.GraderBuild != first.GraderBuild)
            {
                throw new InvalidDataException($"'{firstFolder}' and '{folder}' were graded by different builds of the grader ({first.GraderBuild} and {manifest.GraderBuild}): grade every shard with the same build (the same image, or the same commit of the kit)");
            }

            if (manifest.ExercisePack != first.ExercisePack)
            {
                throw new InvalidDataException($"'{firstFolder}' and '{folder}' were graded with different exercise packs ({first.ExercisePack} and {manifest.ExercisePack}): grade every shard with the same pack");
            }
        }

        if (first.ExercisePack != pack)
        {
            throw new InvalidDataException($"the shards were graded with the exercise pack {first.ExercisePack}, but the merge was given {pack}: give --merge the pack the shards used (--exercise DIR)");
        }
    }

    /// <summary>Each shard once, none missing, and no student in two.</summary>
    private static void CheckCovering(List<(string Folder, ShardManifestDocument Manifest)> shards)
    {
        var count = shards[0].Manifest.Shards;
        if (shards.GroupBy(s => s.Manifest.Shard).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new InvalidDataException($"shard {twice.Key}/{count} was given more than once ('{string.Join("' and '", twice.Select(s => s.Folder))}'): the shards overlap; give each shard's folder once");
        }

        var missing = Enumerable.Range(0, count).Except(shards.Select(s => s.Manifest.Shard)).ToList();
        if (missing.Count > 0)
        {
            var which = string.Join(", ", missing.Select(i => string.Create(CultureInfo.InvariantCulture, $"{i}/{count}")));
            throw new InvalidDataException($"shard(s) {which} missing: the class was split into {count}; run the missing shard(s) (--shard {which.Split(", ")[0]}) and give every shard's folder to --merge");
        }

        var owner = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (_, manifest) in shards)
        {
            foreach (var student in manifest.Students)
            {
                if (!owner.TryAdd(student, Text(manifest)))
                {
                    throw new InvalidDataException($"the shards overlap: {student} is in shard {owner[student]} and in shard {Text(manifest)}; grade the shards again with one --shard split");
                }
            }
        }

        if (owner.Count != shards[0].Manifest.ClassStudents)
        {
            throw new InvalidDataException($"the shards hold {owner.Count} students but the class has {shards[0].Manifest.ClassStudents}: grade the shards again with one --shard split");
        }
    }

    /// <summary>The student's record, or null when it is missing or unreadable (a grader fault is a record: not-graded.csv lists it).</summary>
    private static GradingResult? Record(StudentResults store, string student)
    {
        try
        {
            return File.Exists(store.RecordOf(student)) ? GradescopeReport.Read(File.ReadAllText(store.RecordOf(student))) : null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or Newtonsoft.Json.JsonException or InvalidDataException)
        {
            return null;
        }
    }

    private static string Text(ShardManifestDocument manifest) => string.Create(CultureInfo.InvariantCulture, $"{manifest.Shard}/{manifest.Shards}");

    private static string Names(List<string> students) =>
        string.Join(", ", students.Take(NamedInMessage)) + (students.Count > NamedInMessage ? string.Create(CultureInfo.InvariantCulture, $" and {students.Count - NamedInMessage} more") : string.Empty);

    private static bool IsWithin(string path, string folder) =>
        path == folder || path.StartsWith(folder.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
