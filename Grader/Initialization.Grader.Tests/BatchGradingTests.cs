using Initialization.Grader.Batch;
using Initialization.Grader.Corpus;
using Initialization.Grader.Gradebooks;
using Initialization.Grader.Pipeline;
using Initialization.Grader.Reporting;
using Newtonsoft.Json.Linq;

namespace Initialization.Grader.Tests;

/// <summary>Batch grading of a small class: per-student results, gradebook, summary, plots, skipping and isolation.</summary>
[NonParallelizable]
public class BatchGradingTests : PooledGraderFixture
{
    [Test]
    public void SmallClass_WritesEveryStudentsResult_TheGradebook_TheSummary_AndThePlots()
    {
        using var classFolder = ClassOf(("alice", Solution(), true), ("bob", File.ReadAllText(RepositoryPaths.Starter), false), ("carol", Wrong("he-xavier"), true), ("dave", Hostile("endless-loop"), false));
        using var output = new TemporaryFolder();

        var outcome = Run(classFolder.Path, output.Path, force: false);

        var gradebook = File.ReadAllLines(Path.Combine(output.Path, BatchGrader.GradebookFile));
        var summary = JObject.Parse(File.ReadAllText(Path.Combine(output.Path, BatchGrader.SummaryFile)));
        Assert.Multiple(() =>
        {
            Assert.That(outcome.GradedNow, Is.EqualTo(4));
            Assert.That(Directory.GetFiles(Path.Combine(output.Path, "results")).Select(Path.GetFileName), Is.EquivalentTo(new[] { "alice.json", "bob.json", "carol.json", "dave.json" }));
            Assert.That(gradebook[0], Is.EqualTo("student_id,score,max_score,InitializeParametersZeros,InitializeParametersRandom,InitializeParametersHe,gradable"));
            Assert.That(gradebook.Skip(1), Is.EqualTo(new[]
            {
                "alice,10,10,3,3,4,true",
                "bob,0,10,0,0,0,true",
                $"carol,{Text(6 + HeScore(Wrong("he-xavier")))},10,3,3,{Text(HeScore(Wrong("he-xavier")))},true",
                $"dave,{Text(6 + HeScore(Hostile("endless-loop")))},10,3,3,{Text(HeScore(Hostile("endless-loop")))},true",
            }));
            Assert.That((int)summary["students"]!, Is.EqualTo(4));
            Assert.That((double)summary["score_over_graded_students"]!["max"]!, Is.EqualTo(10.0));
            Assert.That(new FileInfo(Path.Combine(output.Path, "plots", BatchPlots.ScoresFile)).Length, Is.GreaterThan(1000));
            Assert.That(new FileInfo(Path.Combine(output.Path, "plots", BatchPlots.PassRatesFile)).Length, Is.GreaterThan(1000));
        });
    }

    [Test]
    [Category(TestCategories.TrustBoundary)]
    public void ASubmissionNamedLikeAFormula_ReachesTheGradebooksAsText()
    {
        // An attack on the instructor's spreadsheet (CSV injection): the id comes from the file's name (which holds no slash).
        const string Formula = "=HYPERLINK(\"example.invalid\";\"open me\")";
        using var classFolder = ClassOf((Formula, Solution(), false), ("@SUM(1+1)", Solution(), true));
        using var output = new TemporaryFolder();

        Run(classFolder.Path, output.Path, force: false);

        // The run writes every gradebook format (Run asks for them all); a missing file fails the read.
        var files = GradebookFormats.All.Select(f => f.FileName).Prepend(BatchGrader.GradebookFile).Select(f => Path.Combine(output.Path, f)).ToList();
        var cells = files.SelectMany(File.ReadAllLines).SelectMany(line => line.Split(',')).Select(cell => cell.TrimStart('\uFEFF', '"')).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(cells, Has.None.Match("^[=+@-]"), "a cell a spreadsheet would run as a formula");
            Assert.That(File.ReadAllLines(files[0]).Skip(1).Select(l => l.Split(',')[0]), Is.EquivalentTo(new[] { "'@SUM(1+1)", "\"'=HYPERLINK(\"\"example.invalid\"\";\"\"open me\"\")\"" }));
        });
    }

    [Test]
    public void SecondRun_SkipsStudentsAlreadyGraded_UnlessForced()
    {
        using var classFolder = ClassOf(("alice", Solution(), false), ("bob", Wrong("he-xavier"), false));
        using var output = new TemporaryFolder();
        Run(classFolder.Path, output.Path, force: false);
        var first = File.ReadAllText(Path.Combine(output.Path, "results", "alice.json"));

        var skipped = Run(classFolder.Path, output.Path, force: false);
        var forced = Run(classFolder.Path, output.Path, force: true);

        Assert.Multiple(() =>
        {
            Assert.That(skipped.GradedNow, Is.Zero);
            Assert.That(File.ReadAllLines(Path.Combine(output.Path, BatchGrader.GradebookFile)), Has.Length.EqualTo(3), "the gradebook still lists everyone");
            Assert.That(forced.GradedNow, Is.EqualTo(2));
            Assert.That(GradescopeReport.Read(first).Score, Is.EqualTo(10.0), "a record reads back");
        });
    }

    [Test]
    public void TwoEntriesWithTheSameId_AreRefusedBeforeGrading()
    {
        using var classFolder = ClassOf(("alice", Solution(), true), ("alice", Solution(), false));
        using var output = new TemporaryFolder();

        Assert.That(() => Run(classFolder.Path, output.Path, force: false), Throws.TypeOf<InvalidDataException>().With.Message.Contains("'alice'"));
    }

    [Test]
    [Category(TestCategories.TrustBoundary)]
    public void ConcurrentGradings_DoNotMixTheirSubjects()
    {
        var sources = new[] { Solution(), File.ReadAllText(RepositoryPaths.Starter), Wrong("random-scale-one"), Wrong("he-xavier") };
        var expected = sources.Select(TestGrader.GradeText).Select(r => r.Score).ToArray();

        var concurrent = new double[sources.Length];
        Parallel.For(0, sources.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => concurrent[i] = TestGrader.GradeText(sources[i]).Score);

        Assert.That(concurrent, Is.EqualTo(expected));
    }

    [Test]
    [Category(TestCategories.TrustBoundary)]
    public void SubmissionsTakingTurnsInOneWorker_DoNotSeeEachOthersClassesOrState()
    {
        var leaky = Wrong("static-dictionary");
        using var classFolder = ClassOf(("a", leaky, false), ("b", Solution(), false), ("c", leaky, false), ("d", Solution(), false), ("e", Hostile("endless-loop"), false), ("f", Solution(), false));
        using var output = new TemporaryFolder();

        Run(classFolder.Path, output.Path, force: false, jobs: 1);

        var scores = File.ReadAllLines(Path.Combine(output.Path, BatchGrader.GradebookFile)).Skip(1).ToDictionary(l => l.Split(',')[0], l => l.Split(',')[1]);
        Assert.Multiple(() =>
        {
            Assert.That(new[] { scores["b"], scores["d"], scores["f"] }, Is.All.EqualTo("10"), "the reference solutions after others in the same worker");
            Assert.That(scores["c"], Is.EqualTo(scores["a"]), "the same leaky submission, graded after others, scores the same");
        });
    }

    [Test]
    [Category(TestCategories.TrustBoundary)]
    public void FinalizersOfOneSubmission_NeverRunDuringTheNext_InTheSameWorker()
    {
        const string Printed = "PRINTED-BY-A-FINALIZER";
        var prints = WithFinalizer($"Console.WriteLine(\"{Printed}\");");
        var throws = WithFinalizer("throw new InvalidOperationException(\"a finalizer threw\");");
        using var classFolder = ClassOf(("a", prints, false), ("b", Solution(), false), ("c", throws, false), ("d", Solution(), false), ("e", prints, false), ("f", Solution(), false));
        using var output = new TemporaryFolder();

        Run(classFolder.Path, output.Path, force: false, jobs: 1);

        var scores = File.ReadAllLines(Path.Combine(output.Path, BatchGrader.GradebookFile)).Skip(1).ToDictionary(l => l.Split(',')[0], l => l.Split(',')[1]);
        Assert.Multiple(() =>
        {
            foreach (var student in new[] { "b", "d", "f" })
            {
                Assert.That(scores[student], Is.EqualTo("10"), $"{student}, graded after a submission with finalizers in the same worker");
                Assert.That(File.ReadAllText(Path.Combine(output.Path, "results", student + ".json")), Does.Not.Contain(Printed), $"{student}'s result");
            }
        });
    }

    /// <summary>
    /// The Solution with a class whose finalizer runs <paramref name="statement"/>; the zeros
    /// initializer leaves thousands of its objects to the garbage collector.
    /// </summary>
    private static string WithFinalizer(string statement)
    {
        var source = Solution().ReplaceLineEndings("\n");
        const string ClassOpening = "public static class Initializers\n{\n";
        const string Body = "        var parameters = new Dictionary<string, Matrix>();\n";
        var withClass = source.Replace(ClassOpening, ClassOpening + $"    private sealed class Litter\n    {{\n        ~Litter()\n        {{\n            {statement}\n        }}\n    }}\n\n", StringComparison.Ordinal);
        var zeros = withClass.IndexOf("InitializeParametersZeros(int[] layersDims)", StringComparison.Ordinal);
        var at = withClass.IndexOf(Body, zeros, StringComparison.Ordinal);
        Assert.That(at, Is.GreaterThan(0), "the zeros initializer's first line in Solution/Initializers.cs");
        return withClass[..at] + "        for (var i = 0; i < 10_000; i++)\n        {\n            _ = new Litter();\n        }\n\n" + withClass[at..];
    }

    [Test]
    [Category(TestCategories.TrustBoundary)]
    public void EveryHostileSubmission_LeavesTheClassmatesGradedBesideAndAfterIt_FullMarks()
    {
        // Each hostile case followed by a correct classmate, two at a time: neighbours share the
        // machine, and pooled workers serve one after the other.
        var students = HostileSubmission.All.SelectMany(h => new[] { ($"{h.Id}", h.Source(), false), ($"{h.Id}-classmate", Solution(), false) }).ToArray();
        using var classFolder = ClassOf(students);
        using var output = new TemporaryFolder();

        Run(classFolder.Path, output.Path, force: false);

        var scores = File.ReadAllLines(Path.Combine(output.Path, BatchGrader.GradebookFile)).Skip(1).ToDictionary(l => l.Split(',')[0], l => l.Split(',')[1]);
        Assert.That(scores.Where(s => s.Key.EndsWith("-classmate", StringComparison.Ordinal) && s.Value != "10").Select(s => s.Key), Is.Empty, "correct classmates who lost points");
    }

    private BatchOutcome Run(string submissions, string output, bool force, int jobs = 2) =>
        new BatchGrader(Grader, new BatchOptions(submissions, output, jobs, force, ResultFormats.Default, GradebookFormats.All), new PlainProgress(TextWriter.Null)).Run();

    private static string Solution() => File.ReadAllText(RepositoryPaths.Solution);

    private static string Wrong(string id) => KnownWrongSubmission.All.Single(s => s.Id == id).Source();

    private static string Hostile(string id) => HostileSubmission.All.Single(s => s.Id == id).Source();

    private static double HeScore(string source) => TestGrader.MethodScore(TestGrader.GradeText(source), "InitializeParametersHe");

    private static string Text(double points) => points.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture);

    private static TemporaryFolder ClassOf(params (string Id, string Source, bool AsFolder)[] students)
    {
        var folder = new TemporaryFolder();
        GeneratedClass.Write(folder.Path, students);
        return folder;
    }
}
