using Initialization.Grader.Batch;
using Initialization.Grader.Batch.Documents;
using Initialization.Grader.Batch.Identity;
using Initialization.Grader.Gradebooks;
using Initialization.Grader.Pipeline;
using Initialization.Grader.Reporting;

namespace Initialization.Grader.Tests;

/// <summary>
/// --merge refuses shards that do not make up one complete class graded alike (missing, given
/// twice, of another class, another grader build or another pack, or with students missing),
/// writing nothing, and otherwise combines their records. The shards here are written directly
/// (records and shard.json), as a shard run leaves them, so no submission is graded.
/// </summary>
public class ShardMergeTests
{
    private static readonly string[] s_class = ["ann", "bob", "cat", "dan", "eve"];

    [Test]
    public void CompleteShards_AreMerged_IntoEveryStudentsResultAndTheClassFiles()
    {
        using var root = new TemporaryFolder();
        var shards = WriteShards(root.Path, 2);
        var output = Path.Combine(root.Path, "merged");

        var outcome = ShardMerger.Merge(shards, output, TestPacks.Initialization, GradebookFormats.All);

        Assert.Multiple(() =>
        {
            Assert.That(outcome, Is.EqualTo(new MergeOutcome(2, 5, 1)));
            Assert.That(Directory.GetFiles(Path.Combine(output, "results")).Select(Path.GetFileName), Is.EquivalentTo(s_class.Select(s => s + ".json")));
            Assert.That(File.ReadAllLines(Path.Combine(output, BatchReports.GradebookFile)).Skip(1).Select(l => l.Split(',')[0]), Is.EqualTo(s_class));
            Assert.That(File.ReadAllText(Path.Combine(output, BatchReports.NotGradedFile)), Does.StartWith("student_id,reason\r\neve,"), "eve alone: her grading faulted");
            Assert.That(File.Exists(Path.Combine(output, "plots", BatchPlots.ScoresFile)), Is.True);
            Assert.That(File.Exists(Path.Combine(output, ShardManifest.FileName)), Is.False, "the merged output is a whole class, not a shard");
        });
    }

    [Test]
    public void WhatTheRosterToldOfTheStudents_TravelsInTheShards_ToTheMergedGradebooks()
    {
        using var root = new TemporaryFolder();
        var shards = WriteShards(root.Path, 2);
        foreach (var shard in shards)
        {
            Rewrite(shard, m => m with
            {
                Identities = [.. m.Students.Select(id => new StudentIdentity($"{id}_entry", id, id, Name: $"Zoë {id}", CanvasUserId: $"9{id.Length}{id[0]}"))],
                RosterWithoutSubmission = ["zed"],
            });
        }

        var output = Path.Combine(root.Path, "merged");
        ShardMerger.Merge(shards, output, TestPacks.Initialization, [new CanvasGradebook()]);

        var canvas = File.ReadAllLines(Path.Combine(output, new CanvasGradebook().FileName));
        Assert.Multiple(() =>
        {
            Assert.That(canvas.Skip(2).Select(l => l.Split(',')[0]), Is.EqualTo(new[] { "Zoë ann", "Zoë bob", "Zoë cat", "Zoë dan" }), "the display names, eve (faulted) left out");
            Assert.That(canvas[2].Split(',')[1], Is.EqualTo("93a"), "Canvas's own user id in its ID column");
            Assert.That(File.ReadAllText(Path.Combine(output, BatchReports.SummaryFile)), Does.Contain("zed"), "the roster's student with no submission");
        });
    }

    [Test]
    public void OnlyEachShardsOwnStudentsFiles_AreMerged_NotLeftoversOfAnotherSplit()
    {
        using var root = new TemporaryFolder();
        var shards = WriteShards(root.Path, 2);
        // Shard 1 is copied after shard 0: a leftover of ann there would overwrite hers.
        File.WriteAllText(new StudentResults(shards[1]).RecordOf("ann"), "{ \"left\": \"by a run with another split\" }");
        File.WriteAllText(Path.Combine(new StudentResults(shards[0]).Folder, "ann.junit.xml"), "<testsuites />");
        var output = Path.Combine(root.Path, "merged");

        ShardMerger.Merge(shards, output, TestPacks.Initialization, []);

        Assert.Multiple(() =>
        {
            Assert.That(File.ReadAllText(Path.Combine(output, "results", "ann.json")), Is.EqualTo(File.ReadAllText(new StudentResults(shards[0]).RecordOf("ann"))), "ann is shard 0's");
            Assert.That(File.Exists(Path.Combine(output, "results", "ann.junit.xml")), Is.True, "a format file of the shard's own student is merged");
        });
    }

    [Test]
    public void AFolderHoldingTheShardFolders_IsTakenForAllOfThem()
    {
        using var root = new TemporaryFolder();
        WriteShards(Path.Combine(root.Path, "out"), 3);

        var outcome = ShardMerger.Merge([Path.Combine(root.Path, "out")], Path.Combine(root.Path, "merged"), TestPacks.Initialization, []);

        Assert.That(outcome.Students, Is.EqualTo(5));
    }

    [Test]
    public void AMissingShard_IsRefused_NamingIt()
    {
        using var root = new TemporaryFolder();
        var shards = WriteShards(root.Path, 3);

        AssertRefused(root.Path, [shards[0], shards[2]], "shard(s) 1/3 missing");
    }

    [Test]
    public void TheSameShardTwice_IsRefusedAsOverlapping()
    {
        using var root = new TemporaryFolder();
        var shards = WriteShards(root.Path, 2);
        var copy = Path.Combine(root.Path, "copy-of-0");
        CopyFolder(shards[0], copy);

        AssertRefused(root.Path, [shards[0], copy, shards[1]], "shard 0/2 was given more than once");
    }

    [Test]
    public void AStudentInTwoShards_IsRefusedAsOverlapping()
    {
        using var root = new TemporaryFolder();
        var shards = WriteShards(root.Path, 2);
        Rewrite(shards[1], m => m with { Students = [.. m.Students, "ann"] });

        AssertRefused(root.Path, shards, "ann is in shard 0/2 and in shard 1/2");
    }

    [Test]
    public void ShardsOfAnotherSplit_AreRefused()
    {
        using var root = new TemporaryFolder();
        var two = WriteShards(Path.Combine(root.Path, "two"), 2);
        var three = WriteShards(Path.Combine(root.Path, "three"), 3);

        AssertRefused(root.Path, [two[0], three[1], three[2]], "split the class differently");
    }

    [Test]
    public void ShardsOfDifferentClasses_AreRefused()
    {
        using var root = new TemporaryFolder();
        var shards = WriteShards(root.Path, 2);
        Rewrite(shards[1], m => m with { ClassFingerprint = new string('0', 64) });

        AssertRefused(root.Path, shards, "shards of different classes");
    }

    [Test]
    public void ShardsOfDifferentGraderBuilds_AreRefused()
    {
        using var root = new TemporaryFolder();
        var shards = WriteShards(root.Path, 2);
        Rewrite(shards[0], m => m with { GraderBuild = "another-build" });

        AssertRefused(root.Path, shards, "different builds of the grader");
    }

    [Test]
    public void ShardsOfDifferentExercisePacks_AreRefused_AndSoIsAnotherPackForTheMerge()
    {
        using var root = new TemporaryFolder();
        var shards = WriteShards(root.Path, 2);

        AssertRefused(root.Path, shards, "the merge was given", TestPacks.Relu);
        Rewrite(shards[1], m => m with { ExercisePack = "relu 00" });
        AssertRefused(root.Path, shards, "different exercise packs");
    }

    [Test]
    public void AnIncompleteShard_IsRefused_NamingTheStudentsMissing()
    {
        using var root = new TemporaryFolder();
        var shards = WriteShards(root.Path, 2);
        File.Delete(new StudentResults(shards[0]).RecordOf("ann"));
        File.WriteAllText(new StudentResults(shards[0]).RecordOf("eve"), "{ not json");

        AssertRefused(root.Path, shards, "shard 0/2 in", "is incomplete: ann, eve have no readable result");
    }

    [Test]
    public void AFolderWithoutShards_IsRefused_SayingWhatToGive()
    {
        using var root = new TemporaryFolder();
        Directory.CreateDirectory(Path.Combine(root.Path, "empty"));

        AssertRefused(root.Path, [Path.Combine(root.Path, "empty")], "holds no shard output");
    }

    [Test]
    public void MergingIntoAShardsFolder_IsRefused()
    {
        using var root = new TemporaryFolder();
        var shards = WriteShards(root.Path, 2);

        Assert.That(() => ShardMerger.Merge(shards, root.Path, TestPacks.Initialization, []), Throws.TypeOf<InvalidDataException>().With.Message.Contains("overlap"));
    }

    private static void AssertRefused(string root, IReadOnlyList<string> shards, string expected, Exercise.ExercisePack? pack = null) =>
        AssertRefused(root, shards, expected, expected, pack);

    private static void AssertRefused(string root, IReadOnlyList<string> shards, string expected, string alsoExpected, Exercise.ExercisePack? pack = null)
    {
        var output = Path.Combine(root, "merged");

        Assert.Multiple(() =>
        {
            Assert.That(() => ShardMerger.Merge(shards, output, pack ?? TestPacks.Initialization, GradebookFormats.All), Throws.TypeOf<InvalidDataException>().With.Message.Contains(expected).And.Message.Contains(alsoExpected));
            Assert.That(Directory.Exists(output), Is.False, "nothing is written");
        });
    }

    /// <summary>The class split into <paramref name="count"/> shard folders under <paramref name="root"/>, as shard runs leave them: eve's grading faulted, bob's was not gradable.</summary>
    private static List<string> WriteShards(string root, int count)
    {
        var everyone = s_class.Select(id => new Student(id, id)).ToList();
        var folders = new List<string>();
        for (var index = 0; index < count; index++)
        {
            var shard = new Shard(index, count);
            var folder = Path.Combine(root, shard.FolderName);
            var store = new StudentResults(folder);
            var students = shard.Of(everyone);
            foreach (var student in students)
            {
                store.Save(student.Id, ResultOf(student.Id), ResultFormats.Default, new ReportContext(student.Id, DateTimeOffset.UnixEpoch));
            }

            ShardManifest.Write(folder, new ShardManifestDocument
            {
                Shard = index,
                Shards = count,
                ClassStudents = everyone.Count,
                ClassFingerprint = GradingIdentity.ClassFingerprint(everyone),
                GraderBuild = GradingIdentity.GraderBuild,
                ExercisePack = GradingIdentity.ExercisePack(TestPacks.Initialization),
                Students = [.. students.Select(s => s.Id)],
                GradedInLastRun = students.Count,
                GraderFaultsInLastRun = students.Count(s => s.Id == "eve"),
                Seconds = 1.5,
            });
            folders.Add(folder);
        }

        return folders;
    }

    private static GradingResult ResultOf(string student) => student switch
    {
        "bob" => SampleResults.NotGradable(),
        "eve" => SampleResults.GraderFault(),
        "cat" => SampleResults.SomeFailed(),
        _ => SampleResults.AllPassed(),
    };

    private static void Rewrite(string shardFolder, Func<ShardManifestDocument, ShardManifestDocument> change) =>
        ShardManifest.Write(shardFolder, change(ShardManifest.Read(shardFolder)));

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
