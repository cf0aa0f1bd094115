using Initialization.Grader.Batch;
using Initialization.Grader.Cli;

namespace Initialization.Grader.Tests;

/// <summary>--shard I/N: the values taken and refused, the split of a class, and the Kubernetes Indexed Job's index.</summary>
public class ShardTests
{
    [TestCase("0/1", 0, 1)]
    [TestCase("2/3", 2, 3)]
    [TestCase("11/12", 11, 12)]
    public void ShardValue_IOfN_IsTaken(string text, int index, int count)
    {
        var problem = Shard.TryParse(text, out var shard);

        Assert.Multiple(() =>
        {
            Assert.That(problem, Is.Null);
            Assert.That(shard, Is.EqualTo(new Shard(index, count)));
        });
    }

    [TestCase("3/3", "goes from 0 to 2, not 3")]
    [TestCase("5/3", "goes from 0 to 2, not 5")]
    [TestCase("0/0", "must be at least 1, not 0")]
    [TestCase("1/0", "must be at least 1, not 0")]
    [TestCase("-1/3", "not two whole numbers")]
    [TestCase("a/b", "not two whole numbers")]
    [TestCase("1", "not two whole numbers")]
    [TestCase("1/3/4", "not two whole numbers")]
    [TestCase(" 1/3", "not two whole numbers")]
    [TestCase("", "not two whole numbers")]
    public void ShardValue_OutOfRangeOrJunk_IsRefused_SayingWhatToWrite(string text, string why)
    {
        var problem = Shard.TryParse(text, out var shard);

        Assert.Multiple(() =>
        {
            Assert.That(shard, Is.Null);
            Assert.That(problem, Does.Contain(why).And.Contain("write --shard I/N").And.Contain("--shard 0/3"));
        });
    }

    [TestCase(10, 3)]
    [TestCase(11, 4)]
    [TestCase(2, 5)]
    [TestCase(100, 7)]
    public void TheShardsOfAClass_TakeEveryStudentOnce_InCountsDifferingByAtMostOne(int students, int shards)
    {
        var everyone = Enumerable.Range(0, students).Select(i => new Student($"s{i:000}", $"/class/s{i:000}")).ToList();

        var parts = Enumerable.Range(0, shards).Select(i => new Shard(i, shards).Of(everyone)).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(parts.SelectMany(p => p).Select(s => s.Id), Is.EquivalentTo(everyone.Select(s => s.Id)).And.Unique);
            Assert.That(parts.Max(p => p.Count) - parts.Min(p => p.Count), Is.LessThanOrEqualTo(1));
        });
    }

    [Test]
    public void TheSplit_IsRoundRobinOverTheSortedIds()
    {
        var everyone = new[] { "ann", "bob", "cat", "dan", "eve" }.Select(id => new Student(id, id)).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(new Shard(0, 2).Of(everyone).Select(s => s.Id), Is.EqualTo(new[] { "ann", "cat", "eve" }));
            Assert.That(new Shard(1, 2).Of(everyone).Select(s => s.Id), Is.EqualTo(new[] { "bob", "dan" }));
        });
    }

    [Test]
    public void InAnIndexedJob_TheIndexComesFromJobCompletionIndex_AndTheCountFromTheFlagOrTheVariable()
    {
        var fromFlag = ShardArguments.Resolve(null, "4", Environment(("JOB_COMPLETION_INDEX", "3")), out var flagShard);
        var fromVariable = ShardArguments.Resolve(null, null, Environment(("JOB_COMPLETION_INDEX", "1"), (ShardArguments.CountVariable, "2")), out var variableShard);

        Assert.Multiple(() =>
        {
            Assert.That((fromFlag, flagShard), Is.EqualTo(((string?)null, (Shard?)new Shard(3, 4))));
            Assert.That((fromVariable, variableShard), Is.EqualTo(((string?)null, (Shard?)new Shard(1, 2))));
        });
    }

    [Test]
    public void WithoutShardOptionsOrAnIndexedJob_TheWholeClassIsGraded()
    {
        Assert.Multiple(() =>
        {
            Assert.That(ShardArguments.Resolve(null, null, Environment(), out var shard), Is.Null);
            Assert.That(shard, Is.Null);
        });
    }

    [TestCase(null, null, "JOB_COMPLETION_INDEX=7", "add --shard-count N or set INITIALIZATION_SHARD_COUNT")]
    [TestCase(null, "3", "JOB_COMPLETION_INDEX=3", "with 3 shard(s) the shard's number goes from 0 to 2, not 3")]
    [TestCase(null, "three", "JOB_COMPLETION_INDEX=1", "is not a whole number")]
    [TestCase(null, "3", "JOB_COMPLETION_INDEX=x", "'x' is not a whole number")]
    [TestCase(null, "3", "", "only a Kubernetes Indexed Job sets")]
    [TestCase("1/3", "3", "", "not both")]
    public void BadShardSettings_AreRefused_SayingWhatToDo(string? shard, string? count, string variable, string expected)
    {
        var variables = variable.Length == 0 ? Environment() : Environment((variable.Split('=')[0], variable.Split('=')[1]));

        var problem = ShardArguments.Resolve(shard, count, variables, out var result);

        Assert.Multiple(() =>
        {
            Assert.That(result, Is.Null);
            Assert.That(problem, Does.Contain(expected));
        });
    }

    [TestCase("3/3")]
    [TestCase("0/0")]
    [TestCase("junk")]
    public void BatchWithABadShard_IsAUsageError_BeforeAnythingIsGraded(string shard)
    {
        using var classFolder = new TemporaryFolder();
        using var output = new TemporaryFolder();
        File.WriteAllText(Path.Combine(classFolder.Path, "alice.cs"), "class C { }");

        var exitCode = InstructorCommand.Run(["--batch", classFolder.Path, "--out", output.Path, "--shard", shard, "--exercise", AppContext.BaseDirectory]);

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(2));
            Assert.That(Directory.GetFileSystemEntries(output.Path), Is.Empty);
        });
    }

    private static Func<string, string?> Environment(params (string Name, string Value)[] variables) =>
        name => variables.FirstOrDefault(v => v.Name == name).Value;
}
