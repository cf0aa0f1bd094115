using Initialization.Grader.Corpus;
using Initialization.Grader.Pipeline;

namespace Initialization.Grader.Tests;

/// <summary>
/// Correct submissions written the many ways students write them (Grader/Corpus/correct, one style
/// per file, named on its first line) get full marks through the real pipeline: no false failure
/// from the allowlist, the compiler's options or the hidden tests.
/// </summary>
public class CorrectStyleCorpusTests : PooledGraderFixture
{
    private static string CorrectFolder => Path.Combine(CorpusPaths.Corpus, "correct");

    private static IEnumerable<TestCaseData> Files() =>
        Directory.GetFiles(CorrectFolder, "*.cs")
            .Order(StringComparer.Ordinal)
            .Select(f => new TestCaseData(f).SetArgDisplayNames(Path.GetFileName(f)));

    [Test]
    public void TheCorpus_HasAtLeastTwentyStylesEachNamedOnItsFirstLine()
    {
        var files = Directory.GetFiles(CorrectFolder, "*.cs");
        Assert.Multiple(() =>
        {
            Assert.That(files, Has.Length.GreaterThanOrEqualTo(20));
            Assert.That(files.Where(f => !File.ReadLines(f).First().StartsWith("// Style: ", StringComparison.Ordinal)).Select(Path.GetFileName), Is.Empty, "files whose first line does not say their style");
        });
    }

    [TestCaseSource(nameof(Files))]
    public void ACorrectSubmission_GetsFullMarksWithNothingRefused(string file)
    {
        var result = TestGrader.GradeText(File.ReadAllText(file), Grader);
        var failures = string.Join("\n\n", result.Tests.Where(t => !t.Passed).Select(t => $"{t.Name}:\n{t.Feedback}"));
        var why = $"{Path.GetFileName(file)} ({File.ReadLines(file).First()}) was graded {GradingResult.Points(result.Score)}/{GradingResult.Points(result.MaxScore)}: {result.Summary}\n{failures}";

        Assert.Multiple(() =>
        {
            Assert.That(result.Gradable, Is.True, why);
            Assert.That(result.MaxScore, Is.EqualTo(10), why);
            Assert.That(result.Score, Is.EqualTo(result.MaxScore), why);
            Assert.That(result.Tests.Select(t => t.Feedback), Has.None.Contains("does not allow"), why);
        });
    }
}
