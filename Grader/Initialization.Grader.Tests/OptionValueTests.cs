using Initialization.Grader.Cli;

namespace Initialization.Grader.Tests;

/// <summary>
/// An option typed where a value belongs is a usage error, and --help is help wherever it
/// stands: before, "--out --help" wrote the results into a file named --help and
/// "--release --help" the student kit into a folder named --help.
/// </summary>
[NonParallelizable]
[Category(TestCategories.EndToEnd)]
public class OptionValueTests
{
    [Test]
    public void AnOptionWhereTheOutFileBelongs_IsAUsageError_AndWritesNoFile()
    {
        using var folder = new TemporaryFolder();

        var run = ProcessRun.Run("dotnet", [Path.Combine(AppContext.BaseDirectory, "Initialization.Grader.dll"), RepositoryPaths.Solution, "--out", "--format", "junit"], TimeSpan.FromMinutes(1), workingDirectory: folder.Path);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString());
            Assert.That(run.Stderr, Does.Contain("--out needs its value before '--format'"));
            Assert.That(Directory.EnumerateFileSystemEntries(folder.Path), Is.Empty, "no file named --format");
        });
    }

    [Test]
    public void HelpAfterAnOptionThatTakesAValue_PrintsHelp_AndWritesNoFile()
    {
        using var folder = new TemporaryFolder();

        var run = ProcessRun.Run("dotnet", [Path.Combine(AppContext.BaseDirectory, "Initialization.Grader.dll"), RepositoryPaths.Solution, "--out", "--help"], TimeSpan.FromMinutes(1), workingDirectory: folder.Path);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Zero, run.ToString());
            Assert.That(run.Stdout, Does.Contain("--out"), "the help");
            Assert.That(Directory.EnumerateFileSystemEntries(folder.Path), Is.Empty, "no file named --help");
        });
    }

    [TestCase("--release", "--help")]
    [TestCase("--batch", "--help")]
    public void TheInstructorTool_PrintsHelp_WhereverHelpStands(string option, string help)
    {
        using var folder = new TemporaryFolder();
        var before = Environment.CurrentDirectory;
        Environment.CurrentDirectory = folder.Path;
        try
        {
            Assert.Multiple(() =>
            {
                Assert.That(InstructorCommand.Run([option, help]), Is.Zero);
                Assert.That(Directory.EnumerateFileSystemEntries(folder.Path), Is.Empty, $"nothing written into a folder named {help}");
            });
        }
        finally
        {
            Environment.CurrentDirectory = before;
        }
    }

    [Test]
    public void TheInstructorTool_RefusesAnOptionWhereAFolderBelongs()
    {
        using var folder = new TemporaryFolder();
        var before = Environment.CurrentDirectory;
        Environment.CurrentDirectory = folder.Path;
        try
        {
            Assert.Multiple(() =>
            {
                Assert.That(InstructorCommand.Run(["--release", "--out", "x"]), Is.EqualTo(2));
                Assert.That(Directory.EnumerateFileSystemEntries(folder.Path), Is.Empty);
            });
        }
        finally
        {
            Environment.CurrentDirectory = before;
        }
    }
}
