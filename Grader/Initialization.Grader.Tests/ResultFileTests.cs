using Initialization.Grader.Reporting;

namespace Initialization.Grader.Tests;

/// <summary>
/// Result files are written through a temporary file that cannot be planted in advance: a symlink
/// at any name the grader used to pick (or at the destination) is never written through.
/// </summary>
public class ResultFileTests
{
    [Test]
    public void SymlinksPlantedAtTheOldTemporaryNames_AreNotWrittenThrough()
    {
        using var folder = new TemporaryFolder();
        var victim = Path.Combine(folder.Path, "victim");
        File.WriteAllText(victim, "untouched");
        var destination = Path.Combine(folder.Path, "results.json");
        foreach (var name in new[] { $"results.json.{Environment.ProcessId}.tmp", $"results.json.tmp.{Environment.ProcessId}" })
        {
            File.CreateSymbolicLink(Path.Combine(folder.Path, name), victim);
        }

        ResultFile.Write(destination, "{\"score\": 1}");

        Assert.Multiple(() =>
        {
            Assert.That(File.ReadAllText(victim), Is.EqualTo("untouched"));
            Assert.That(File.ReadAllText(destination), Is.EqualTo("{\"score\": 1}"));
            Assert.That(Directory.GetFiles(folder.Path, ".results.json.*"), Is.Empty, "temporary files left behind");
        });
    }

    [Test]
    public void ASymlinkAtTheDestination_IsReplaced_NotFollowed()
    {
        using var folder = new TemporaryFolder();
        var victim = Path.Combine(folder.Path, "victim");
        File.WriteAllText(victim, "untouched");
        var destination = Path.Combine(folder.Path, "results.json");
        File.CreateSymbolicLink(destination, victim);

        ResultFile.Write(destination, "{}");

        Assert.Multiple(() =>
        {
            Assert.That(File.ReadAllText(victim), Is.EqualTo("untouched"));
            Assert.That(new FileInfo(destination).LinkTarget, Is.Null, "the destination is a file of its own now");
            Assert.That(File.ReadAllText(destination), Is.EqualTo("{}"));
        });
    }

    [Test]
    public void GradeScriptsFaultReport_DoesNotFollowAPlantedSymlink()
    {
        using var folder = new TemporaryFolder();
        var victim = Path.Combine(folder.Path, "victim");
        File.WriteAllText(victim, "untouched");
        var destination = Path.Combine(folder.Path, "out", "results.json");
        Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
        // The old name held grade.sh's pid, which an attacker can guess: plant the next few thousand.
        for (var pid = Environment.ProcessId; pid <= Environment.ProcessId + 4096; pid++)
        {
            File.CreateSymbolicLink($"{destination}.tmp.{pid}", victim);
        }

        // A PATH without dotnet makes grade.sh report a fault without building anything.
        var tools = Path.Combine(folder.Path, "bin");
        Directory.CreateDirectory(tools);
        foreach (var tool in new[] { "dirname", "mkdir", "mktemp", "mv", "rm", "chmod", "cat" })
        {
            File.CreateSymbolicLink(Path.Combine(tools, tool), Path.Combine("/usr/bin", tool) is var u && File.Exists(u) ? u : Path.Combine("/bin", tool));
        }

        var run = ProcessRun.Run("/bin/bash", [Path.Combine(RepositoryPaths.Root, "grade.sh"), "submission", "--out", destination], TimeSpan.FromMinutes(1), environment: new Dictionary<string, string?> { ["PATH"] = tools });

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(1), run.ToString());
            Assert.That(File.ReadAllText(victim), Is.EqualTo("untouched"));
            Assert.That(File.ReadAllText(destination), Does.Contain("\"score\": 0.0"));
            Assert.That(Directory.GetFiles(Path.GetDirectoryName(destination)!, ".results.*"), Is.Empty, "temporary files left behind");
        });
    }
}
