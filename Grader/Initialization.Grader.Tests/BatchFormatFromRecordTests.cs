using Initialization.Grader.Batch;
using Initialization.Grader.Corpus;
using Initialization.Grader.Pipeline;
using Initialization.Grader.Reporting;

namespace Initialization.Grader.Tests;

/// <summary>
/// A later batch run that asks for another --format writes that format for the students already
/// graded from their records, grading nobody again; --gradebook likewise lists everyone.
/// </summary>
[NonParallelizable]
public class BatchFormatFromRecordTests : PooledGraderFixture
{
    [Test]
    public void ANewFormat_ForStudentsAlreadyGraded_IsWrittenFromTheirRecords_WithoutGradingThemAgain()
    {
        using var classFolder = new TemporaryFolder();
        GeneratedClass.Write(classFolder.Path, [("alice", File.ReadAllText(RepositoryPaths.Solution), true), ("bob", File.ReadAllText(RepositoryPaths.Starter), false)]);
        using var output = new TemporaryFolder();
        Run(classFolder.Path, output.Path, ResultFormats.Default);
        var records = Directory.GetFiles(Path.Combine(output.Path, "results")).ToDictionary(f => f, File.ReadAllText);

        var second = Run(classFolder.Path, output.Path, ResultFormats.Find("junit")!);
        var third = Run(classFolder.Path, output.Path, ResultFormats.Find("junit")!);

        Assert.Multiple(() =>
        {
            Assert.That(second.GradedNow, Is.Zero, "nobody graded again");
            Assert.That(Directory.GetFiles(Path.Combine(output.Path, "results")).Select(Path.GetFileName), Is.EquivalentTo(new[] { "alice.json", "bob.json", "alice.junit.xml", "bob.junit.xml" }));
            foreach (var student in new[] { "alice", "bob" })
            {
                var record = GradescopeReport.Read(records[Path.Combine(output.Path, "results", student + ".json")]);
                var junit = File.ReadAllText(Path.Combine(output.Path, "results", student + ".junit.xml"));
                Assert.That(junit, Does.Contain($"<property name=\"score\" value=\"{record.Score.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture)}\" />"), $"{student}'s score, from the record");
                Assert.That(junit, Does.Contain(record.Summary.Split('\n')[0]), $"{student}'s summary, from the record");
            }

            Assert.That(records.Select(r => File.ReadAllText(r.Key)), Is.EqualTo(records.Values), "the records are untouched");
            Assert.That(third.GradedNow, Is.Zero);
        });
    }

    private BatchOutcome Run(string submissions, string output, IResultFormat format) =>
        new BatchGrader(Grader, new BatchOptions(submissions, output, 2, false, format, []), new PlainProgress(TextWriter.Null)).Run();
}
