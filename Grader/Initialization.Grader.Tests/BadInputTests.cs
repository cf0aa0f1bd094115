using System.Diagnostics;
using System.Globalization;
using System.Text;
using Initialization.Grader.Pipeline;
using Initialization.Grader.Reporting;
using Newtonsoft.Json.Linq;

namespace Initialization.Grader.Tests;

/// <summary>
/// Whatever is handed in, grading ends with a clear result: "not gradable" (score 0) for what is
/// not a C# source file, compiler messages for code that does not compile. Never a crash or a hang.
/// </summary>
/// <remarks>Runs alone: it checks that no new compile child of the test run still burns CPU
/// after a stopped compile, and a fixture running beside it would start some.</remarks>
[NonParallelizable]
public class BadInputTests
{
    [Test]
    public void EmptyFolder_IsNotGradable_SayingWhatToSubmit()
    {
        using var folder = new TemporaryFolder();

        AssertNotGradable(TestGrader.Grade(folder.Path), "has no Initializers.cs");
    }

    [Test]
    public void ASubmissionWithNothingToCompile_StartsNoCompileChild()
    {
        // A compile child loads Roslyn as it starts, seconds of CPU: a missing file must not cost that.
        using var folder = new TemporaryFolder();
        var earlierChildren = CompileChildren.Running();
        using var grader = new SubmissionGrader(TestPacks.Initialization, TestGrader.Limits);

        var result = grader.Grade(folder.Path);

        Assert.Multiple(() =>
        {
            AssertNotGradable(result, "has no Initializers.cs");
            Assert.That(CompileChildren.Running().Except(earlierChildren), Is.Empty, "compile children started for it");
        });
    }

    [Test]
    public void SharedCompileChildren_WithOtherLimits_AreRefused_AndNoneStarts()
    {
        // A shared child enforces the compile limits it was started with: a grader with other compile limits must not borrow it.
        var earlierChildren = CompileChildren.Running();
        using var shared = new CompilerPool(new CompilerLauncher(TestGrader.Limits with { Compile = TimeSpan.FromSeconds(3) }));

        Assert.Multiple(() =>
        {
            Assert.That(() => new SubmissionGrader(TestPacks.Initialization, TestGrader.Limits, pool: null, shared), Throws.ArgumentException.With.Message.Contains("this grader's compile limits"));
            Assert.That(CompileChildren.Running().Except(earlierChildren), Is.Empty, "compile children started for it");
        });
    }

    [Test]
    public void CompileChildrenStartedAhead_WithOtherLimitsThanThePack_AreStopped_AndNotUsed()
    {
        // Started before the pack is read, with the default limits: a pack with other compile limits gets children of its own.
        var earlierChildren = CompileChildren.Running();
        var ahead = CompilerPool.StartedAhead(TestGrader.Limits with { Compile = TimeSpan.FromSeconds(3) });
        var started = CompileChildren.StartedSince(earlierChildren);

        var fits = ahead.IfFits(TestGrader.Limits);

        Assert.Multiple(() =>
        {
            Assert.That(started, Has.Count.EqualTo(1), "the child starts at once");
            Assert.That(fits, Is.Null);
            Assert.That(CompileChildren.Running().Intersect(started), Is.Empty, "its child was stopped");
        });
    }

    [Test]
    public void ACompileChildStartedAhead_WarmsUp_ThenCompilesTheSubmission()
    {
        var earlierChildren = CompileChildren.Running();
        using var ahead = CompilerPool.StartedAhead(TestGrader.Limits);
        var child = CompileChildren.StartedSince(earlierChildren).Single();
        using var grader = new SubmissionGrader(TestPacks.Initialization, TestGrader.Limits, pool: null, ahead.IfFits(TestGrader.Limits));

        var result = grader.Grade(RepositoryPaths.Solution);
        // Read once it has compiled: the grader itself by then, done with the execs that start it.
        var commandLine = File.ReadAllText($"/proc/{child}/cmdline").Split('\0');

        Assert.Multiple(() =>
        {
            Assert.That(commandLine, Does.Contain(CompileServer.WarmUpFlag));
            Assert.That(result.Score, Is.EqualTo(result.MaxScore), string.Join("\n", result.Tests.Where(t => !t.Passed).Select(t => t.Feedback)));
            Assert.That(CompileChildren.Running().Except(earlierChildren), Is.EqualTo(new[] { child }), "the grading used the child started ahead");
        });
    }

    [Test]
    public void SeveralCandidateFiles_AreNotGradable_AndNamed()
    {
        using var folder = new TemporaryFolder();
        Directory.CreateDirectory(Path.Combine(folder.Path, "a"));
        File.WriteAllText(Path.Combine(folder.Path, "Initializers.cs"), "// one");
        File.WriteAllText(Path.Combine(folder.Path, "a", "Initializers.cs"), "// two");

        AssertNotGradable(TestGrader.Grade(folder.Path), "2 candidate files (Initializers.cs, a/Initializers.cs)");
    }

    [Test]
    [Category(TestCategories.TrustBoundary)]
    public void AChainOfThousandsOfNestedFolders_IsNotSearched_AndTheFileBesideItIsGraded()
    {
        // A repository can hold folders nested past the system's longest path: searching them all was a grader fault.
        using var folder = new TemporaryFolder();
        File.Copy(RepositoryPaths.Solution, Path.Combine(folder.Path, "Initializers.cs"));
        var chain = string.Join('/', Enumerable.Repeat("a", 1500));
        var top = Path.Combine(folder.Path, chain);
        var loose = Path.Combine(folder.Path, "b");
        Directory.CreateDirectory(top);
        Directory.CreateDirectory(Path.Combine(loose, chain));
        // Spliced under the first chain: 3001 folders deep, a path of over 6000 characters, which no single call could create.
        var spliced = Path.Combine(top, "b");
        Directory.Move(loose, spliced);
        try
        {
            var result = TestGrader.Grade(folder.Path);

            Assert.That(result.Score, Is.EqualTo(10.0), result.Summary);
        }
        finally
        {
            Directory.Move(spliced, loose);
        }
    }

    [Test]
    [Category(TestCategories.TrustBoundary)]
    public void AFolderOfTensOfThousandsOfFiles_IsNotGradable_SayingWhatToSubmit()
    {
        using var folder = new TemporaryFolder();
        File.Copy(RepositoryPaths.Solution, Path.Combine(folder.Path, "Initializers.cs"));
        for (var i = 0; i < SubmissionLocator.MaxEntries; i++)
        {
            File.WriteAllBytes(Path.Combine(folder.Path, $"{i}.txt"), []);
        }

        AssertNotGradable(TestGrader.Grade(folder.Path), $"more than {SubmissionLocator.MaxEntries} files and folders. Submit only your Initializers.cs");
    }

    [Test]
    public void OneRenamedCsFile_IsGraded()
    {
        using var folder = new TemporaryFolder();
        File.Copy(RepositoryPaths.Solution, Path.Combine(folder.Path, "MyInitializers.cs"));

        Assert.That(TestGrader.Grade(folder.Path).Score, Is.EqualTo(10.0));
    }

    [Test]
    public void BuildOutputFolders_AreIgnored()
    {
        using var folder = new TemporaryFolder();
        File.Copy(RepositoryPaths.Solution, Path.Combine(folder.Path, "Initializers.cs"));
        Directory.CreateDirectory(Path.Combine(folder.Path, "obj"));
        File.WriteAllText(Path.Combine(folder.Path, "obj", "Initializers.cs"), "// generated");

        Assert.That(TestGrader.Grade(folder.Path).Score, Is.EqualTo(10.0));
    }

    [Test]
    public void EmptyFile_IsNotGradable()
    {
        AssertNotGradable(GradeBytes([]), "is empty");
    }

    [Test]
    public void BinaryFile_IsNotGradable()
    {
        AssertNotGradable(GradeBytes([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x08]), "not a text file");
    }

    [Test]
    public void NonUtf8Text_IsNotGradable_WithHowToFixIt()
    {
        AssertNotGradable(GradeBytes(Encoding.Latin1.GetBytes("// café\nclass C { }\n")), "Save it as UTF-8");
    }

    [Test]
    public void FileOverOneMegabyte_IsNotGradable()
    {
        var text = "// " + new string('x', SubmissionLocator.MaxBytes) + "\n";

        AssertNotGradable(GradeBytes(Encoding.UTF8.GetBytes(text)), "may be at most 1024 KB");
    }

    [Test]
    public void Utf8ByteOrderMark_IsAccepted()
    {
        var text = File.ReadAllText(RepositoryPaths.Solution);

        Assert.That(GradeBytes([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)]).Score, Is.EqualTo(10.0));
    }

    [Test]
    public void PathologicallyNestedExpression_IsNotGradable_BeforeTheCompilerSeesIt()
    {
        var nested = new string('(', 50_000) + "1" + new string(')', 50_000);
        var source = File.ReadAllText(RepositoryPaths.Solution).Replace("var layerCount = layersDims.Length;", $"var layerCount = layersDims.Length + {nested} - 1;", StringComparison.Ordinal);

        var clock = Stopwatch.StartNew();
        var result = TestGrader.GradeText(source);

        Assert.Multiple(() =>
        {
            Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(5)));
            AssertNotGradable(result, "nests brackets 50002 levels deep");
        });
    }

    [Test]
    public void NestingCheck_IgnoresBracketsInStringsAndComments()
    {
        const string Source = """
            // ((((((((
            /* [[[[[[[ */
            var s = "((((\"((((";
            var v = @"{{{{""{{{{";
            var c = '(';
            var x = (1 + (2 * [3][0]));
            """;

        Assert.That(NestingCheck.DeepestNesting(Source), Is.EqualTo(3));
    }

    [Test]
    public void CompilationThatNeverFinishes_IsStoppedAtTheLimit()
    {
        // Overload resolution over nested lambdas grows exponentially with the nesting depth.
        var explosion = new StringBuilder("static int F(Func<int, int> f) => 0;\nstatic int F(Func<string, int> f) => 0;\nstatic int Deep() => ");
        for (var i = 0; i < 40; i++)
        {
            explosion.Append(CultureInfo.InvariantCulture, $"F(x{i} => ");
        }

        explosion.Append('0').Append(')', 40).Append(";\n");
        var source = File.ReadAllText(RepositoryPaths.Solution).Replace("public static class Initializers\n{\n", "public static class Initializers\n{\n" + explosion, StringComparison.Ordinal);
        var earlierChildren = CompileChildren.Running();
        using var grader = new SubmissionGrader(TestPacks.Initialization, TestGrader.Limits with { Compile = TimeSpan.FromSeconds(3) });

        var clock = Stopwatch.StartNew();
        var result = TestGrader.GradeText(source, grader);

        Assert.Multiple(() =>
        {
            Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(20)));
            Assert.That(result.Gradable, Is.False);
            Assert.That(result.Summary, Does.Contain("took longer than 3 s"));
            Assert.That(CompileChildren.Burning(earlierChildren), Is.Empty, "compile processes still using CPU after the limit");
        });
    }

    [Test]
    public void OutIntoAFolder_IsAUsageError_BeforeGrading()
    {
        using var folder = new TemporaryFolder();

        var run = ProcessRun.Grader([RepositoryPaths.Solution, "--exercise", AppContext.BaseDirectory, "--out", folder.Path]);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString());
            Assert.That(run.Stderr, Does.Contain("is a folder"));
        });
    }

    [Test]
    public void OutWhereNothingCanBeWritten_IsAGraderFault_WithAMessage_NotACrash()
    {
        var run = ProcessRun.Grader([RepositoryPaths.Solution, "--exercise", AppContext.BaseDirectory, "--out", "/proc/self/results.json"]);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(1), run.ToString());
            Assert.That(run.Stderr, Does.Contain("the result could not be written to '/proc/self/results.json'"));
            Assert.That(run.Stderr, Does.Not.Contain("Unhandled exception"));
        });
    }

    private static GradingResult GradeBytes(byte[] contents)
    {
        using var folder = new TemporaryFolder();
        var file = Path.Combine(folder.Path, "Initializers.cs");
        File.WriteAllBytes(file, contents);
        return TestGrader.Grade(file);
    }

    private static void AssertNotGradable(GradingResult result, string reason)
    {
        var report = GradescopeReport.Write(result);
        var json = JObject.Parse(report);
        Assert.Multiple(() =>
        {
            Assert.That(result.Gradable, Is.False);
            Assert.That((double)json["score"]!, Is.Zero);
            Assert.That((double)json["max_score"]!, Is.EqualTo(10.0));
            // The output is Markdown (file names in code spans): the reason is checked in the plain summary the record keeps.
            Assert.That((string)json["output"]!, Does.StartWith("Not gradable: "));
            Assert.That(GradescopeReport.Read(report).Summary, Does.StartWith("Not gradable: ").And.Contain(reason));
        });
    }
}
