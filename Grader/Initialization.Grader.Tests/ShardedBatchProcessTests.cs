using System.Text.RegularExpressions;
using Initialization.Grader.Batch;
using Initialization.Grader.Corpus;

namespace Initialization.Grader.Tests;

/// <summary>
/// Sharded batch grading end to end: three instructor-tool processes grade a class of eleven
/// with --shard I/3, a fourth merges their folders, and every file of the merged
/// output equals the one a single --batch run of the whole class writes, byte for byte, once the
/// figures that time a run are set aside (each result's <c>execution_time</c>, the summary's
/// <c>seconds</c> and <c>submissions_per_second</c>).
/// </summary>
[NonParallelizable]
[Category(TestCategories.EndToEnd)]
public partial class ShardedBatchProcessTests
{
    private static readonly TimeSpan s_limit = TimeSpan.FromMinutes(5);

    [Test]
    public void ThreeShardsInSeparateProcesses_MergeIntoTheSingleRunsFiles_ByteForByte_TimesAside()
    {
        using var classFolder = new TemporaryFolder();
        GeneratedClass.Write(classFolder.Path, Class());
        using var work = new TemporaryFolder();
        var single = Path.Combine(work.Path, "single");
        var sharded = Path.Combine(work.Path, "sharded");
        var merged = Path.Combine(work.Path, "merged");
        var pack = PackWithPatientLimits(Path.Combine(work.Path, "pack"));
        string[] common = ["--gradebook", "canvas", "--gradebook", "moodle", "--exercise", pack];
        // One grading at a time in each grading run: a second would start a second compile child
        // (seconds of CPU in this build) for three or four students, and the files do not depend on it.
        string[] oneAtATime = ["--jobs", "1"];

        var singleRun = Instructor(["--batch", classFolder.Path, "--out", single, .. common, .. oneAtATime]);
        // One after the other: each process compiles Roslyn just in time (this test build is not
        // precompiled), and three at once on a busy 2-core machine can reach the compile limit.
        var shardRuns = Enumerable.Range(0, 3).Select(i => Instructor(["--batch", classFolder.Path, "--out", sharded, "--shard", $"{i}/3", .. common, .. oneAtATime])).ToList();
        var mergeRun = Instructor(["--merge", sharded, "--out", merged, .. common]);

        Assert.Multiple(() =>
        {
            Assert.That(singleRun.ExitCode, Is.Zero, singleRun.ToString());
            Assert.That(shardRuns.Select(r => r.ExitCode), Is.All.Zero, string.Join('\n', shardRuns));
            Assert.That(mergeRun.ExitCode, Is.Zero, mergeRun.ToString());
        });
        var shardSizes = Enumerable.Range(0, 3).Select(i => Directory.GetFiles(Path.Combine(sharded, $"shard-{i}", "results")).Length);
        var singleFiles = Files(single);
        Assert.Multiple(() =>
        {
            Assert.That(shardSizes, Is.EqualTo(new[] { 4, 4, 3 }), "eleven students, round robin");
            Assert.That(Files(merged), Is.EqualTo(singleFiles), "the same files");
            Assert.That(singleFiles, Does.Contain("canvas-gradebook.csv").And.Contain("moodle-grades.csv").And.Contain("not-graded.csv").And.Contain("summary.json")
                .And.Contain(Path.Combine("plots", BatchPlots.ScoresFile)).And.Contain(Path.Combine("plots", BatchPlots.PassRatesFile)));
            foreach (var file in singleFiles)
            {
                Assert.That(TimesAside(Path.Combine(merged, file)), Is.EqualTo(TimesAside(Path.Combine(single, file))), file);
            }
        });
    }

    /// <summary>Eleven students: correct ones, the untouched starter, known mistakes, hostile ones that print or forge a result, an empty file, and a name to quote.</summary>
    private static List<(string Id, string Source, bool AsFolder)> Class()
    {
        var solution = File.ReadAllText(RepositoryPaths.Solution);
        string Wrong(string id) => KnownWrongSubmission.All.Single(s => s.Id == id).Source();
        string Hostile(string id) => HostileSubmission.All.Single(s => s.Id == id).Source();
        return
        [
            ("alice", solution, true),
            ("bob", File.ReadAllText(RepositoryPaths.Starter), false),
            ("Cohen, Mia_11073_submission", solution, true),
            ("dave", Wrong("he-xavier"), false),
            ("emma", Wrong("random-scale-one"), true),
            ("farid", Hostile("console-flood"), false),
            ("grace", Hostile("fake-results-json"), true),
            ("hugo", string.Empty, false),
            ("ines", Wrong("static-dictionary"), true),
            ("jon", solution, false),
            ("kai", Hostile("raw-stdout"), true),
        ];
    }

    /// <summary>Runs the instructor tool of this test build (framework-dependent) as its own process.</summary>
    private static ProcessRun.Outcome Instructor(string[] arguments) =>
        ProcessRun.Run(
            ProcessRun.DotnetHost,
            [Path.Combine(AppContext.BaseDirectory, "Initialization.Grader.Instructor.dll"), .. arguments],
            s_limit);

    /// <summary>
    /// The kit's pack (from this test build) with time limits ten times its own: each process of
    /// this build compiles Roslyn just in time, and on a busy machine a first compile can reach the
    /// pack's 30 s, which would make a student's result depend on the machine's load, not on the
    /// sharding. No student of <see cref="Class"/> runs into a limit by design.
    /// </summary>
    private static string PackWithPatientLimits(string folder) =>
        TestPacks.CopyOfInitialization(folder, editManifest: text =>
        {
            var manifest = Newtonsoft.Json.Linq.JObject.Parse(text);
            foreach (var limit in (Newtonsoft.Json.Linq.JObject)manifest["limits"]!)
            {
                limit.Value!.Replace((double)limit.Value! * 10);
            }

            return manifest.ToString();
        });

    private static List<string> Files(string folder) =>
        [.. Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f)).Order(StringComparer.Ordinal)];

    /// <summary>The file's bytes, with the JSON fields that time a run (and nothing else) set to 0.</summary>
    private static byte[] TimesAside(string path) =>
        path.EndsWith(".json", StringComparison.Ordinal)
            ? System.Text.Encoding.UTF8.GetBytes(TimeFields().Replace(File.ReadAllText(path), "\"$1\": 0"))
            : File.ReadAllBytes(path);

    [GeneratedRegex("\"(execution_time|seconds|submissions_per_second)\": [0-9.Ee+-]+")]
    private static partial Regex TimeFields();
}
