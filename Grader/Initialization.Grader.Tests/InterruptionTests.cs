using System.Diagnostics;
using Initialization.Grader.Batch;
using Initialization.Grader.Corpus;
using Initialization.Grader.HiddenTests.Subject;

namespace Initialization.Grader.Tests;

/// <summary>
/// Ctrl-C as a terminal sends it: SIGINT to the whole foreground process group (the tool is
/// started by setsid, as a group of its own, so the test can signal the group), in the middle of
/// grading. The batch stops within seconds, keeps the students graded so far, writes no class-wide
/// file for part of a class, leaves no temporary file or child folder, says how to go on, and the
/// command it gives completes the class. A single grading leaves no result at all.
/// </summary>
[NonParallelizable]
[Category(TestCategories.EndToEnd)]
public class InterruptionTests
{
    private const int Students = 6;

    /// <summary>How long an interrupted run may take to end (its children are killed, not waited for); generous for a busy 2-core machine.</summary>
    private static readonly TimeSpan s_stopLimit = TimeSpan.FromSeconds(10);

    [Test]
    public void CtrlC_DuringABatch_KeepsTheGradedStudents_LeavesNothingBehind_AndTheSameCommandCompletesTheClass()
    {
        using var work = new TemporaryFolder();
        var classFolder = Path.Combine(work.Path, "class");
        var output = Path.Combine(work.Path, "out");
        var temp = Directory.CreateDirectory(Path.Combine(work.Path, "tmp")).FullName;
        // Two quick students first (the first result appears early), then four with a method that
        // spins until the per-call limit (2 s each; the signal comes at the first result, so some
        // are always being graded then). One spinning method, not three: the run that completes
        // the class grades them all again, and every second of spinning is a second of CPU.
        GeneratedClass.Write(classFolder, [("a-quick", File.ReadAllText(RepositoryPaths.Solution), true), ("b-quick", File.ReadAllText(RepositoryPaths.Solution), false), .. Enumerable.Range(1, Students - 2).Select(i => ($"slow-{i}", Spinning(GradedMethods.Zeros), i % 2 == 0))]);
        string[] arguments = ["--batch", classFolder, "--out", output, "--exercise", PatientPack(Path.Combine(work.Path, "pack")), "--jobs", "2", "--allow-unsandboxed"];
        var results = Path.Combine(output, "results");

        using var run = StartInItsOwnGroup(Instructor(arguments), temp);
        var firstResult = Stopwatch.StartNew();
        while (!(Directory.Exists(results) && Directory.EnumerateFiles(results, "*.json").Any()))
        {
            Assert.That(run.Process.HasExited, Is.False, () => $"the batch ended before any result was written:\n{run.Finish()}");
            Assert.That(firstResult.Elapsed, Is.LessThan(TimeSpan.FromMinutes(3)), "no result was written in 3 minutes");
            Thread.Sleep(20);
        }

        var stopping = Stopwatch.StartNew();
        SignalGroup(run.Process.Id, "INT");
        Assert.That(run.Process.WaitForExit(TimeSpan.FromMinutes(1)), Is.True, "the batch did not end within a minute of Ctrl-C");
        stopping.Stop();
        var interrupted = run.Finish();
        var graded = Directory.GetFiles(results, "*.json").Length;
        TestContext.Out.WriteLine($"stopped {stopping.Elapsed.TotalSeconds:0.00} s after Ctrl-C with {graded} of {Students} graded\n{interrupted}");

        Assert.Multiple(() =>
        {
            AssertStoppedCleanly(interrupted, temp);
            Assert.That(stopping.Elapsed, Is.LessThan(s_stopLimit), "Ctrl-C cancels the gradings in flight rather than waiting for them");
            Assert.That(interrupted.Stderr, Does.Contain($"{graded} of {Students} students"), "how many were graded, of how many");
            Assert.That(interrupted.Stderr, Does.Contain(results), "where the results are");
            Assert.That(interrupted.Stderr, Does.Contain(string.Join(' ', Instructor(arguments))), "the command that goes on");
            Assert.That(graded, Is.InRange(1, Students - 1), "the students graded before the signal are kept, the others are not graded");
            Assert.That(TemporaryFilesIn(output), Is.Empty, "no temporary file left in OUT");
            Assert.That(File.Exists(Path.Combine(output, BatchGrader.GradebookFile)) || File.Exists(Path.Combine(output, BatchGrader.SummaryFile)), Is.False, "no gradebook or summary for part of a class");
        });

        var resumed = ProcessRun.Run(Instructor(arguments)[0], Instructor(arguments).Skip(1), TimeSpan.FromMinutes(5), environment: Environment(temp));

        Assert.Multiple(() =>
        {
            Assert.That(resumed.ExitCode, Is.Zero, resumed.ToString());
            Assert.That(resumed.Stderr, Does.Contain($"grading {Students - graded} submission(s); {graded} already graded"), "the students graded before are skipped");
            Assert.That(Directory.GetFiles(results, "*.json"), Has.Length.EqualTo(Students));
            Assert.That(File.Exists(Path.Combine(output, BatchGrader.GradebookFile)), Is.True, "the class is complete: its gradebook is written");
            Assert.That(EntriesIn(temp), Has.None.StartsWith("grader-"));
            // No grading cut short was kept: a child killed under it would read as the student's crash.
            foreach (var record in Directory.GetFiles(results, "*.json"))
            {
                var text = File.ReadAllText(record);
                if (Path.GetFileName(record).StartsWith("slow-", StringComparison.Ordinal))
                {
                    Assert.That(text, Does.Contain("did not finish within").And.Not.Contain("the test process").And.Not.Contain("stopped answering").And.Not.Contain("could not be loaded"), record);
                }
                else
                {
                    Assert.That((double)Newtonsoft.Json.Linq.JObject.Parse(text)["score"]!, Is.EqualTo(10), record);
                }
            }
        });
    }

    [Test]
    public void ASecondCtrlC_EndsTheBatchAtOnce_StillLeavingNoChildFolderNorTemporaryFile()
    {
        using var work = new TemporaryFolder();
        var classFolder = Path.Combine(work.Path, "class");
        var output = Path.Combine(work.Path, "out");
        var temp = Directory.CreateDirectory(Path.Combine(work.Path, "tmp")).FullName;
        GeneratedClass.Write(classFolder, Enumerable.Range(1, 3).Select(i => ($"slow-{i}", Spinning(), i % 2 == 0)));

        using var run = StartInItsOwnGroup(Instructor(["--batch", classFolder, "--out", output, "--exercise", PatientPack(Path.Combine(work.Path, "pack")), "--jobs", "2", "--allow-unsandboxed"]), temp);
        WaitForAChild(run, temp);
        // Ctrl-C pressed again and again, with nothing between two presses (bash's own kill and
        // read, no process started), until the tool has ended (gone, or a zombie that signals
        // would still reach): the orderly stop the first one starts takes far longer than that,
        // so a later one ends it at once. (With a 5 ms sleep between them, a busy machine once
        // let the orderly stop finish first.)
        var pid = run.Process.Id;
        ProcessRun.Run("bash", ["-c", $"for ((i = 0; i < 1000000; i++)); do {{ read -r _ _ state _ </proc/{pid}/stat && [ \"$state\" != Z ] && kill -INT -- -{pid}; }} 2>/dev/null || break; done"], TimeSpan.FromSeconds(30));
        Assert.That(run.Process.WaitForExit(TimeSpan.FromSeconds(30)), Is.True, "the batch did not end within 30 s of two Ctrl-Cs");
        var stopped = run.Finish();

        Assert.Multiple(() =>
        {
            AssertStoppedCleanly(stopped, temp);
            Assert.That(stopped.Stderr, Does.Contain("stopped at once"), stopped.ToString());
            Assert.That(TemporaryFilesIn(output), Is.Empty, "no temporary file left in OUT");
        });
    }

    [Test]
    public void CtrlC_DuringASingleGrading_WritesNoResult_AndLeavesNoChildFolder()
    {
        using var work = new TemporaryFolder();
        var submission = Path.Combine(work.Path, "Initializers.cs");
        File.WriteAllText(submission, Spinning());
        var result = Path.Combine(work.Path, "graded", "results.json");
        var temp = Directory.CreateDirectory(Path.Combine(work.Path, "tmp")).FullName;
        string[] command = [Host, Path.Combine(AppContext.BaseDirectory, "Initialization.Grader.dll"), submission, "--out", result, "--exercise", PatientPack(Path.Combine(work.Path, "pack")), "--allow-unsandboxed"];

        using var run = StartInItsOwnGroup(command, temp);
        WaitForAChild(run, temp);
        SignalGroup(run.Process.Id, "INT");
        Assert.That(run.Process.WaitForExit(TimeSpan.FromMinutes(1)), Is.True, "the grading did not end within a minute of Ctrl-C");
        var interrupted = run.Finish();

        Assert.Multiple(() =>
        {
            AssertStoppedCleanly(interrupted, temp);
            Assert.That(interrupted.Stderr, Does.Contain("no result was written"), interrupted.ToString());
            Assert.That(File.Exists(result), Is.False, "no result for a grading cut short");
            Assert.That(Directory.Exists(Path.GetDirectoryName(result)) ? Directory.GetFiles(Path.GetDirectoryName(result)!) : [], Is.Empty, "no temporary file either");
        });
    }

    private static string Host => ProcessRun.DotnetHost;

    /// <summary>What every interrupted run shows: Ctrl-C's exit code, no stack trace, and no child folder left in <paramref name="temp"/>.</summary>
    private static void AssertStoppedCleanly(ProcessRun.Outcome stopped, string temp)
    {
        Assert.That(stopped.ExitCode, Is.EqualTo(130), stopped.ToString());
        Assert.That(stopped.Stderr, Does.Not.Contain("   at "), "no stack trace");
        Assert.That(EntriesIn(temp), Has.None.StartsWith("grader-"), "no worker or compile folder left in TMPDIR");
    }

    /// <summary>The instructor tool of this test build (framework-dependent) with <paramref name="arguments"/>: the command as the tool names it to go on.</summary>
    private static string[] Instructor(string[] arguments) => [Host, Path.Combine(AppContext.BaseDirectory, "Initialization.Grader.Instructor.dll"), .. arguments];

    /// <summary>The solution with the body of each of <paramref name="methods"/> (every graded method when none is named) an endless loop: each call of them runs to the per-call limit.</summary>
    private static string Spinning(params string[] methods)
    {
        var endless = HostileSubmission.All.Single(s => s.Id == "endless-loop");
        var body = endless.Bodies.Values.Single();
        return (endless with { Bodies = (methods.Length > 0 ? methods : GradedMethods.All).ToDictionary(m => m, _ => body) }).Source();
    }

    /// <summary>
    /// The kit's pack with a patient compile limit (this test build compiles Roslyn just in time on
    /// a busy machine); its run limits unchanged: these tests' timing rests on them (a signal 2 s
    /// after the first child must find the grading still running).
    /// </summary>
    private static string PatientPack(string folder) =>
        TestPacks.CopyOfInitialization(folder, editManifest: text =>
        {
            var manifest = Newtonsoft.Json.Linq.JObject.Parse(text);
            manifest["limits"]!["compile_seconds"] = 300;
            return manifest.ToString();
        });

    /// <summary>The *.tmp files under <paramref name="output"/> (none when it does not exist).</summary>
    private static List<string> TemporaryFilesIn(string output) =>
        Directory.Exists(output) ? [.. Directory.GetFiles(output, "*", SearchOption.AllDirectories).Where(f => f.EndsWith(".tmp", StringComparison.Ordinal))] : [];

    /// <summary>The names of what <paramref name="temp"/> holds: the tool's child folders start with "grader-".</summary>
    private static List<string?> EntriesIn(string temp) => [.. Directory.GetFileSystemEntries(temp).Select(Path.GetFileName)];

    /// <summary>TMPDIR for the tool: a folder of the test's, to count what the tool leaves in it; no kit root, so the tool names itself, not grade.sh.</summary>
    private static Dictionary<string, string?> Environment(string temp) => new() { ["TMPDIR"] = temp, ["INITIALIZATION_KIT_ROOT"] = null };

    /// <summary>
    /// Starts <paramref name="command"/> through setsid: its process id is its process group's, as
    /// a shell's foreground job. Ctrl-C gets its default course back first: a test run started in
    /// the background of a script (<c>dotnet test &amp;</c>) ignores SIGINT, every child inherits
    /// that, and .NET leaves an ignored signal ignored.
    /// </summary>
    private static Running StartInItsOwnGroup(string[] command, string temp)
    {
        var start = new ProcessStartInfo("env") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("--default-signal=INT");
        start.ArgumentList.Add("setsid");
        foreach (var argument in command)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in Environment(temp))
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }

        var process = Process.Start(start)!;
        return new Running(process, process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync());
    }

    /// <summary>Waits until the run has started a child process (its folder appears in <paramref name="temp"/>), and then long enough for the compile child and the worker to run.</summary>
    private static void WaitForAChild(Running run, string temp)
    {
        var started = Stopwatch.StartNew();
        while (!Directory.EnumerateFileSystemEntries(temp, "grader-*").Any())
        {
            Assert.That(run.Process.HasExited, Is.False, () => $"the run ended before it started a child:\n{run.Finish()}");
            Assert.That(started.Elapsed, Is.LessThan(TimeSpan.FromMinutes(1)), "no child process started in a minute");
            Thread.Sleep(20);
        }

        Thread.Sleep(2000);
    }

    /// <summary>Sends SIGNAL to every process of the group <paramref name="group"/>, as a terminal does on Ctrl-C.</summary>
    private static void SignalGroup(int group, string signal) =>
        Assert.That(ProcessRun.Run("kill", [$"-{signal}", "--", $"-{group}"], TimeSpan.FromSeconds(10)).ExitCode, Is.Zero, "kill");

    private sealed record Running(Process Process, Task<string> Stdout, Task<string> Stderr) : IDisposable
    {
        /// <summary>Waits for the end (killing the group after a minute) and returns what the run wrote.</summary>
        public ProcessRun.Outcome Finish()
        {
            if (!Process.WaitForExit(TimeSpan.FromMinutes(1)))
            {
                SignalGroup(Process.Id, "KILL");
                Process.WaitForExit();
            }

            return new ProcessRun.Outcome(Process.ExitCode, Stdout.Result, Stderr.Result);
        }

        public void Dispose()
        {
            if (!Process.HasExited)
            {
                Process.Kill(entireProcessTree: true);
            }

            Process.Dispose();
        }
    }
}
