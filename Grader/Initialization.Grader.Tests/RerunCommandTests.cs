using Initialization.Grader.Batch;
using Initialization.Grader.Cli;
using Initialization.Grader.Reporting;

namespace Initialization.Grader.Tests;

/// <summary>
/// The command an interrupted batch gives to go on: the one the user typed (grade.sh, from the
/// folder they are in), without what grade.sh added itself and without --force, which would grade
/// everyone again; and the paragraph around it.
/// </summary>
public class RerunCommandTests
{
    private static readonly string[] s_dotnet = ["/usr/bin/dotnet", "/opt/tool/Initialization.Grader.Instructor.dll"];

    [Test]
    public void UnderGradeSh_TheCommandIsGradeSh_FromTheCurrentFolder_WithoutThePackGradeShAdds()
    {
        using var kit = KitWithGradeSh();
        var home = Path.Combine(kit.Path, ".grader", "build");

        var command = RerunCommand.Of(["--batch", "class", "--out", "graded", "--exercise", Path.Combine(home, "exercise")], kit.Path, home, kit.Path, s_dotnet);

        Assert.That(command, Is.EqualTo("./grade.sh --batch class --out graded"));
    }

    [Test]
    public void UnderGradeSh_AnExerciseTheUserGave_IsKept()
    {
        using var kit = KitWithGradeSh();

        var command = RerunCommand.Of(["--batch", "class", "--out", "graded", "--exercise", "packs/relu"], kit.Path, Path.Combine(kit.Path, ".grader", "build"), kit.Path, s_dotnet);

        Assert.That(command, Is.EqualTo("./grade.sh --batch class --out graded --exercise packs/relu"));
    }

    [Test]
    public void GradeSh_IsNamedRelatively_FromAFolderAboveIt_ElseByItsFullPath()
    {
        using var kit = KitWithGradeSh();
        var inside = Directory.CreateDirectory(Path.Combine(kit.Path, "term")).FullName;
        var above = Path.GetDirectoryName(kit.Path)!;

        Assert.Multiple(() =>
        {
            Assert.That(RerunCommand.Of(["--batch", "c", "--out", "o"], kit.Path, null, above, s_dotnet), Is.EqualTo($"./{Path.GetFileName(kit.Path)}/grade.sh --batch c --out o"));
            Assert.That(RerunCommand.Of(["--batch", "c", "--out", "o"], kit.Path, null, inside, s_dotnet), Is.EqualTo($"{Path.Combine(kit.Path, "grade.sh")} --batch c --out o"));
        });
    }

    [TestCase("--force")]
    [TestCase("--force", "true")]
    [TestCase("--force=true")]
    public void Force_IsLeftOut_ItWouldGradeEveryoneAgain(params string[] force)
    {
        var command = RerunCommand.Of(["--batch", "class", .. force, "--out", "graded"], null, null, "/", s_dotnet);

        Assert.That(command, Is.EqualTo("/usr/bin/dotnet /opt/tool/Initialization.Grader.Instructor.dll --batch class --out graded"));
    }

    [Test]
    public void ArgumentsAShellWouldSplitOrExpand_AreQuoted()
    {
        var command = RerunCommand.Of(["--batch", "Fall 2025/class", "--out", "it's $HOME", "--assignment", ""], null, null, "/", ["/opt/grader/Initialization.Grader.Instructor"]);

        Assert.That(command, Is.EqualTo("/opt/grader/Initialization.Grader.Instructor --batch 'Fall 2025/class' --out 'it'\\''s $HOME' --assignment ''"));
    }

    [Test]
    public void TheParagraph_SaysHowManyAreGraded_WhereTheyAre_AndWhatToRun()
    {
        var options = new BatchOptions("class", "graded", 2, Force: true, ResultFormats.Default, []);

        var message = BatchCommand.Interrupted(new BatchOutcome(120, 12, 1, 3.5, Interrupted: true, Graded: 37), options, "Ctrl-C", "./grade.sh --batch class --out graded");

        Assert.Multiple(() =>
        {
            Assert.That(message, Does.StartWith("grade.sh: stopped by Ctrl-C: 37 of 120 students are graded (11 in this run)"));
            Assert.That(message, Does.Contain(Path.Combine("graded", "results")));
            Assert.That(message, Does.Contain("1 hit a grader fault"));
            Assert.That(message, Does.Contain("The other 83 are not graded yet"));
            Assert.That(message, Does.Contain("without --force"));
            Assert.That(message, Does.EndWith("\n  ./grade.sh --batch class --out graded"));
        });
    }

    [Test]
    public void TheParagraph_OfAShard_NamesTheShard()
    {
        var options = new BatchOptions("class", "graded", 2, Force: false, ResultFormats.Default, [], new Shard(1, 3));

        var message = BatchCommand.Interrupted(new BatchOutcome(40, 5, 0, 3.5, Interrupted: true, Graded: 5), options, "SIGTERM", "cmd");

        Assert.Multiple(() =>
        {
            Assert.That(message, Does.Contain("stopped by SIGTERM: 5 of the 40 students of shard 1/3 are graded"));
            Assert.That(message, Does.Contain(Path.Combine("graded", "shard-1", "results")));
            Assert.That(message, Does.Not.Contain("--force"));
        });
    }

    /// <summary>A folder with a grade.sh in it, standing for the kit.</summary>
    private static TemporaryFolder KitWithGradeSh()
    {
        var kit = new TemporaryFolder();
        File.WriteAllText(Path.Combine(kit.Path, "grade.sh"), "#!/bin/sh\n");
        return kit;
    }
}
