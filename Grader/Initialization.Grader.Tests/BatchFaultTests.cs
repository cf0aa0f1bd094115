using Initialization.Grader.Batch;
using Initialization.Grader.Reporting;

namespace Initialization.Grader.Tests;

/// <summary>
/// A grader fault in a batch is never a grade: its record says so, so the next run grades the
/// student again; formats that cannot carry a fault get no file; the summary lists the student.
/// </summary>
public class BatchFaultTests
{
    [Test]
    public void AFaultRecord_IsGradedAgainOnTheNextRun_AGradedOneIsNot()
    {
        using var output = new TemporaryFolder();
        var store = new StudentResults(output.Path);
        var context = new ReportContext("s", DateTimeOffset.UnixEpoch);

        store.Save("faulted", SampleResults.GraderFault(), ResultFormats.Default, context);
        store.Save("graded", SampleResults.SomeFailed(), ResultFormats.Default, context);
        store.Save("not-gradable", SampleResults.NotGradable(), ResultFormats.Default, context);

        Assert.Multiple(() =>
        {
            Assert.That(store.Previous("faulted"), Is.Null, "a fault is to be graded again");
            Assert.That(store.Previous("graded")?.Score, Is.EqualTo(SampleResults.SomeFailed().Score));
            Assert.That(store.Previous("not-gradable")?.Gradable, Is.False, "the student's own doing stays a 0");
        });
    }

    [Test]
    public void AFault_InAFormatThatCannotCarryOne_WritesNoFile_ButKeepsTheRecord()
    {
        using var output = new TemporaryFolder();
        var store = new StudentResults(output.Path);

        store.Save("faulted", SampleResults.GraderFault(), ResultFormats.Find("lti-ags")!, new ReportContext("u1", DateTimeOffset.UnixEpoch));

        Assert.Multiple(() =>
        {
            Assert.That(File.Exists(store.RecordOf("faulted")), Is.True);
            Assert.That(Directory.GetFiles(store.Folder).Select(Path.GetFileName), Is.EqualTo(new[] { "faulted.json" }));
        });
    }

    [Test]
    public void TheSummary_ListsTheStudentsNotGraded_WithTheReason()
    {
        var summary = BatchSummary.Document([("a", SampleResults.AllPassed()), ("b", SampleResults.GraderFault())], 2, 1, 1.0);

        Assert.That(summary.NotGraded.Select(n => (n.StudentId, n.Reason)), Is.EqualTo(new[] { ("b", SampleResults.GraderFault().Summary) }));
    }

    [Test]
    public void AnEmptySubmissionsFolder_IsRefused_WithWhatToPutThere()
    {
        using var empty = new TemporaryFolder();

        Assert.That(() => ClassRoster.Read(empty.Path), Throws.TypeOf<InvalidDataException>().With.Message.Contains("there are no submissions"));
    }
}
