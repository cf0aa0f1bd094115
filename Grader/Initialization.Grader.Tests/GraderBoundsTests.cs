using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Initialization.Grader.Cli;
using Initialization.Grader.Corpus;
using Initialization.Grader.Hosting;
using Initialization.Grader.Pipeline;

namespace Initialization.Grader.Tests;

/// <summary>
/// Whatever a submission does, the grader process stays small: compile bombs exhaust the compile
/// child, not the grader; huge texts from the worker arrive cut. Measured on the real program
/// (the grader as a child process, its own peak resident set), since the test host is noisy.
/// </summary>
[NonParallelizable]
[Category(TestCategories.TrustBoundary)]
public partial class GraderBoundsTests
{
    private const long MaxGraderBytes = 1024L * 1024 * 1024;

    [Test]
    public void ConstantFoldingBomb_IsNotGradable_WithinTheCompileLimit()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var result = TestGrader.GradeText(ConstantFoldingBomb());

        Assert.Multiple(() =>
        {
            Assert.That(clock.Elapsed, Is.LessThan(TestGrader.Limits.Compile + TimeSpan.FromSeconds(15)));
            Assert.That(result.Gradable, Is.False);
            Assert.That(result.GraderFault, Is.False);
            Assert.That(result.Summary, Does.Contain($"used more than {GradingLimits.Default.CompilerHeapBytes / (1024 * 1024)} MB").Or.Contain("took longer than"));
        });
    }

    [TestCase("constant-folding-bomb")]
    [TestCase("huge-exception-message")]
    [TestCase("huge-dictionary-keys")]
    [TestCase("huge-stack-trace")]
    public void TheGraderProcess_StaysUnderOneGigabyte_AndItsResultUnderOneMegabyte(string submission)
    {
        using var folder = new TemporaryFolder();
        var file = Path.Combine(folder.Path, "Initializers.cs");
        File.WriteAllText(file, submission == "constant-folding-bomb" ? ConstantFoldingBomb() : HostileSubmission.All.Single(s => s.Id == submission).Source());
        var results = Path.Combine(folder.Path, "results.json");

        var run = ProcessRun.Run(
            "dotnet",
            [Path.Combine(AppContext.BaseDirectory, "Initialization.Grader.dll"), file, "--exercise", AppContext.BaseDirectory, "--out", results],
            TimeSpan.FromMinutes(3),
            environment: new Dictionary<string, string?> { ["GRADER_TIMINGS"] = "1" });

        var peak = PeakLine().Match(run.Stderr);
        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Zero, run.ToString());
            Assert.That(peak.Success, Is.True, run.ToString());
            Assert.That(long.Parse(peak.Groups[1].Value, CultureInfo.InvariantCulture) * 1024 * 1024, Is.LessThan(MaxGraderBytes), "the grader's peak resident set");
            Assert.That(new FileInfo(results).Length, Is.LessThan(HostileCorpusTests.MaxResultBytes), "results.json's size");
        });
    }

    /// <summary>
    /// The Solution with constants that each fold four of the previous, the last (half a billion
    /// characters, just within what C# allows) used, so that the compiler must build it.
    /// </summary>
    private static string ConstantFoldingBomb()
    {
        var constants = new StringBuilder("    private const string C0 = \"xxxxxxxx\";\n");
        for (var i = 1; i <= 13; i++)
        {
            constants.Append(CultureInfo.InvariantCulture, $"    private const string C{i} = C{i - 1} + C{i - 1} + C{i - 1} + C{i - 1};\n");
        }

        constants.Append("    public static int Bomb() => C13.Length;\n");

        const string ClassOpening = "public static class Initializers\n{\n";
        return File.ReadAllText(RepositoryPaths.Solution).ReplaceLineEndings("\n").Replace(ClassOpening, ClassOpening + constants, StringComparison.Ordinal);
    }

    [GeneratedRegex(PeakMemory.Prefix + " ([0-9]+) MB")]
    private static partial Regex PeakLine();
}
