using System.Net;
using System.Net.Sockets;
using Initialization.Grader.HiddenTests.Subject;
using Initialization.Grader.Pipeline;

namespace Initialization.Grader.Tests;

/// <summary>
/// The operating-system fence holds alone, even for code the allowlist would have refused: these
/// tests switch the allowlist off and let hostile code run in the worker. CI runs them as root and
/// again as an ordinary user (.ci/run); the privilege drop to "nobody" is tested where the grader is root.
/// </summary>
[NonParallelizable]
[Category(TestCategories.TrustBoundary)]
public class SandboxTests
{
    private static readonly Lazy<SubmissionGrader> s_unguarded = new(() => TestGrader.WithSharedCompilers(TestPacks.Initialization, enforceApiPolicy: false));

    [Test]
    public void WritingAFile_IsStopped_AndNothingIsWritten()
    {
        var target = Path.Combine(Path.GetTempPath(), $"sandbox-probe-{Guid.NewGuid():N}");

        var result = GradeWithZerosBody($"File.WriteAllText(\"{target}\", \"written by a submission\");");

        Assert.Multiple(() =>
        {
            Assert.That(File.Exists(target) && new FileInfo(target).Length > 0, Is.False, "the file the submission tried to write");
            Assert.That(TestGrader.MethodScore(result, GradedMethods.Zeros), Is.Zero);
            Assert.That(TestGrader.MethodScore(result, GradedMethods.He), Is.EqualTo(4.0), "the untouched method");
        });
        File.Delete(target);
    }

    [Test]
    public void TheGradersEnvironment_DoesNotReachTheWorker()
    {
        Environment.SetEnvironmentVariable("GRADER_TEST_SECRET", "s3cret");
        try
        {
            var result = GradeWithZerosBody("""
                if (Environment.GetEnvironmentVariable("GRADER_TEST_SECRET") is not null)
                {
                    throw new InvalidOperationException("the secret leaked");
                }

                foreach (var environ in Directory.GetDirectories("/proc").Select(d => d + "/environ"))
                {
                    try
                    {
                        if (File.ReadAllText(environ).Contains("s3cret", StringComparison.Ordinal))
                        {
                            throw new InvalidOperationException("the secret leaked through " + environ);
                        }
                    }
                    catch (IOException)
                    {
                    }
                    catch (UnauthorizedAccessException)
                    {
                    }
                }
                """);

            Assert.Multiple(() =>
            {
                Assert.That(TestGrader.MethodFeedback(result, GradedMethods.Zeros), Does.Not.Contain("leaked"));
                // Full marks prove the check ran and found nothing; a submission that never ran would leave no feedback either.
                Assert.That(TestGrader.MethodScore(result, GradedMethods.Zeros), Is.EqualTo(3.0), "the method that looked for the secret");
            });
        }
        finally
        {
            Environment.SetEnvironmentVariable("GRADER_TEST_SECRET", null);
        }
    }

    [Test]
    public void TheNetwork_IsOutOfReach_EvenLoopback()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;

        var result = GradeWithZerosBody($"new System.Net.Sockets.TcpClient().Connect(\"127.0.0.1\", {port});");

        Assert.Multiple(() =>
        {
            Assert.That(listener.Pending(), Is.False, "a connection from the worker");
            Assert.That(TestGrader.MethodFeedback(result, GradedMethods.Zeros), Does.Contain("SocketException"));
        });
    }

    [Test]
    public void AnExercisePack_UnderASystemFolder_IsOutOfSight()
    {
        // /usr is mounted into the sandbox (read-only): a pack installed under it would be readable
        // there unless the grader hides it when it loads the pack.
        if (Environment.UserName != "root")
        {
            Assert.Ignore("placing a pack under /usr needs root; the run as root covers it");
        }

        var folder = Path.Combine("/usr/share", $"grader-test-pack-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            foreach (var file in Directory.GetFiles(TestPacks.ReluFolder))
            {
                File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
            }

            Exercise.ExercisePack.Load(folder);
            // The folder itself stays as an empty mount point; its files are what must not be seen.
            var result = GradeWithZerosBody(ThrowIfAnyExists(Directory.GetFiles(folder)));

            // Full marks prove the probe ran and found nothing.
            Assert.That(TestGrader.MethodScore(result, GradedMethods.Zeros), Is.EqualTo(3.0), TestGrader.MethodFeedback(result, GradedMethods.Zeros));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public void TheHiddenTests_TheirFixtures_AndTheSolution_AreOutOfSight()
    {
        string[] secrets =
        [
            typeof(HiddenTests.InitializerTests).Assembly.Location,
            typeof(SubmissionGrader).Assembly.Location,
            RepositoryPaths.Solution,
            Path.Combine(RepositoryPaths.Root, "kit.json"),
            AppContext.BaseDirectory,
            RepositoryPaths.Root,
        ];
        Assert.That(secrets.Where(s => !File.Exists(s) && !Directory.Exists(s)), Is.Empty, "the probe's targets exist outside the sandbox");

        var result = GradeWithZerosBody(ThrowIfAnyExists(secrets));

        // Full marks prove the probe ran and found nothing.
        Assert.That(TestGrader.MethodScore(result, GradedMethods.Zeros), Is.EqualTo(3.0), TestGrader.MethodFeedback(result, GradedMethods.Zeros));
    }

    [Test]
    public void ClassmatesSubmissions_AndTheGradersTemporaryFiles_AreOutOfSight()
    {
        using var classmate = new TemporaryFolder();
        var theirs = Path.Combine(classmate.Path, "Initializers.cs");
        File.WriteAllText(theirs, "// a classmate's work");

        var result = GradeWithZerosBody(ThrowIfAnyExists([theirs, classmate.Path]) + """
            if (Directory.EnumerateFileSystemEntries("/tmp").Any())
            {
                throw new InvalidOperationException("/tmp is not empty: " + string.Join(", ", Directory.EnumerateFileSystemEntries("/tmp")));
            }
            """);

        Assert.That(TestGrader.MethodScore(result, GradedMethods.Zeros), Is.EqualTo(3.0), TestGrader.MethodFeedback(result, GradedMethods.Zeros));
    }

    [Test]
    public void ASymlinkPlantedInTmp_DoesNotAppearOutside()
    {
        var planted = Path.Combine("/tmp", $"planted-{Guid.NewGuid():N}");

        var result = GradeWithZerosBody($"File.CreateSymbolicLink(\"{planted}\", \"/etc/passwd\");");

        Assert.Multiple(() =>
        {
            Assert.That(File.Exists(planted) || new FileInfo(planted).LinkTarget is not null, Is.False, "the planted link, seen from outside");
            Assert.That(TestGrader.MethodScore(result, GradedMethods.He), Is.EqualTo(4.0), "an untouched method");
        });
    }

    [Test]
    public void ADaemonStartedWithSetsid_DiesWithTheWorker()
    {
        var marker = $"{Random.Shared.Next(100_000, 999_999)}.{Random.Shared.Next(100, 999)}";

        GradeWithZerosBody($"System.Diagnostics.Process.Start(\"/usr/bin/setsid\", \"-f /usr/bin/sleep {marker}\");");

        Assert.That(() => TestProcesses.With($"sleep{'\0'}{marker}"), Is.Empty.After(3000, 100), "a daemon the submission started, still running after grading");
    }

    [Test]
    public void OtherProcesses_CannotBeSeenOrSignalled()
    {
        // In a batch, classmates' workers run beside this one: none may be visible.
        var result = GradeWithZerosBody("""
            // Only the namespace's init (bubblewrap) may be there besides the worker itself.
            var others = Directory.GetDirectories("/proc").Select(Path.GetFileName).Where(n => int.TryParse(n, out _)).Where(n => n != Environment.ProcessId.ToString()).ToList();
            if (others.Count > 1)
            {
                throw new InvalidOperationException($"sees {others.Count} other processes: {string.Join(", ", others)}");
            }
            """);

        Assert.That(TestGrader.MethodScore(result, GradedMethods.Zeros), Is.EqualTo(3.0), TestGrader.MethodFeedback(result, GradedMethods.Zeros));
    }

    [Test]
    public void KillingEveryProcessItCan_SparesAProcessOfTheSameUser()
    {
        // A classmate's worker runs as the same user as this one: start a stand-in as that user.
        string[] sameUser = WorkerSandbox.Current.DropsPrivileges ? ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "--"] : [];
        var start = new System.Diagnostics.ProcessStartInfo(sameUser.Length > 0 ? sameUser[0] : "/usr/bin/sleep") { UseShellExecute = false };
        foreach (var argument in sameUser.Skip(1).Append("/usr/bin/sleep").Skip(sameUser.Length > 0 ? 0 : 1).Append("60"))
        {
            start.ArgumentList.Add(argument);
        }

        using var classmate = System.Diagnostics.Process.Start(start)!;
        try
        {
            GradeWithZerosBody("System.Diagnostics.Process.Start(\"/usr/bin/kill\", \"-KILL -1\")!.WaitForExit();");

            Assert.That(classmate.HasExited, Is.False, "a process of the worker's user outside its sandbox was killed");
        }
        finally
        {
            classmate.Kill();
        }
    }

    [Test]
    public void TheWorker_RunsAsNobody_WhenTheGraderIsRoot()
    {
        if (!WorkerSandbox.Current.DropsPrivileges)
        {
            Assert.Ignore("the grader does not run as root here: the worker has the grader's own user, fenced by its namespaces");
        }

        var result = GradeWithZerosBody("""
            var uid = File.ReadAllLines("/proc/self/status").Single(l => l.StartsWith("Uid:", StringComparison.Ordinal));
            if (uid.Split('\t', StringSplitOptions.RemoveEmptyEntries).Skip(1).Any(id => id != "65534"))
            {
                throw new InvalidOperationException("runs as " + uid);
            }
            """);

        Assert.That(TestGrader.MethodScore(result, GradedMethods.Zeros), Is.EqualTo(3.0), TestGrader.MethodFeedback(result, GradedMethods.Zeros));
    }

    [Test]
    public void AThreadLeftBehind_DiesWithTheWorker()
    {
        var before = TestProcesses.Workers();

        var result = GradeWithZerosBody("new System.Threading.Thread(() => { while (true) { } }) { IsBackground = false }.Start();");

        Assert.Multiple(() =>
        {
            // The sandbox's own processes take a few milliseconds to go after the worker is killed.
            Assert.That(() => TestProcesses.Workers(), Is.EquivalentTo(before).After(3000, 50), "worker processes still running after grading");
            Assert.That(TestGrader.MethodScore(result, GradedMethods.Random), Is.EqualTo(3.0), "an untouched method");
        });
    }

    [Test]
    public void AForkBomb_IsBounded_AndGoneAfterGrading()
    {
        var marker = $"{Random.Shared.Next(100_000, 999_999)}.{Random.Shared.Next(100, 999)}";

        // Each process detaches (setsid), so killing the worker's process tree alone would miss them.
        var result = GradeWithZerosBody($$"""
            var started = 0;
            try
            {
                for (var i = 0; i < 500; i++)
                {
                    using var setsid = System.Diagnostics.Process.Start("/usr/bin/setsid", "-f /usr/bin/sleep {{marker}}")!;
                    setsid.WaitForExit();
                    if (setsid.ExitCode != 0)
                    {
                        break;
                    }

                    started++;
                }
            }
            catch (Exception)
            {
                // Refused by the process limit.
            }

            if (started >= {{TestGrader.Limits.WorkerProcesses}})
            {
                throw new InvalidOperationException($"started {started} processes");
            }
            """);

        Assert.Multiple(() =>
        {
            Assert.That(TestGrader.MethodScore(result, GradedMethods.Zeros), Is.EqualTo(3.0), TestGrader.MethodFeedback(result, GradedMethods.Zeros));
            Assert.That(() => TestProcesses.With($"sleep{'\0'}{marker}"), Is.Empty.After(3000, 100), "processes the bomb started, after grading");
            Assert.That(TestGrader.MethodScore(result, GradedMethods.He), Is.EqualTo(4.0), "an untouched method");
        });
    }

    [Test]
    public void AThreadBomb_StopsAtTheProcessLimit()
    {
        var result = GradeWithZerosBody($$"""
            var started = 0;
            try
            {
                for (var i = 0; i < 1000; i++)
                {
                    new System.Threading.Thread(() => System.Threading.Thread.Sleep(10_000), 64 * 1024) { IsBackground = true }.Start();
                    started++;
                }
            }
            catch (Exception)
            {
                // Refused by the process limit.
            }

            if (started >= {{TestGrader.Limits.WorkerProcesses}})
            {
                throw new InvalidOperationException($"started {started} threads");
            }
            """);

        Assert.Multiple(() =>
        {
            Assert.That(TestGrader.MethodScore(result, GradedMethods.Zeros), Is.EqualTo(3.0), TestGrader.MethodFeedback(result, GradedMethods.Zeros));
            Assert.That(TestGrader.MethodScore(result, GradedMethods.He), Is.EqualTo(4.0), "an untouched method");
        });
    }

    [Test]
    public void WhenTheGraderDies_TheSandboxAndAllItHolds_DieWithIt()
    {
        // The sandbox's own command, with a long sleep where the worker would be, started by a
        // shell that stands in for the grader and is then killed.
        var marker = $"{Random.Shared.Next(100_000, 999_999)}.{Random.Shared.Next(100, 999)}";
        var sandbox = WorkerSandbox.Current;
        var command = sandbox.Wrap(TestGrader.Limits).ToList();
        command.RemoveRange(command.Count - sandbox.Image.CommandInside.Count, sandbox.Image.CommandInside.Count);
        command.AddRange(["/usr/bin/sleep", marker]);
        var start = new System.Diagnostics.ProcessStartInfo("/bin/sh") { UseShellExecute = false };
        foreach (var argument in new[] { "-c", "\"$@\" & exec sleep 60", "grader" }.Concat(command))
        {
            start.ArgumentList.Add(argument);
        }

        using var grader = System.Diagnostics.Process.Start(start)!;
        // The sleep itself, not bubblewrap, whose arguments hold the same words: bubblewrap's
        // inner process asks for the parent-death signal before it starts the command, and killed
        // sooner, it would miss it (bubblewrap's issue 633; AnOrphanedSandbox_... covers that).
        Assert.That(() => TestProcesses.Running("/usr/bin/sleep", marker), Is.Not.Empty.After(10_000, 50), "the sandboxed process started");

        grader.Kill();
        grader.WaitForExit();

        Assert.That(() => TestProcesses.With($"sleep{'\0'}{marker}"), Is.Empty.After(3000, 50), "a sandboxed process outlived its grader");
    }

    [Test]
    public void AnOrphanedSandbox_EndsWhenItsGradersPipeCloses()
    {
        // --die-with-parent has a window: a grader killed while bubblewrap starts leaves the
        // sandbox without the signal (bubblewrap's issue 633). The next layer is the worker: it
        // ends when its input closes, which the kernel does when the grader dies. Here the
        // window is certain: the worker, started as the grader starts it, comes up after its
        // parent has gone; the test, which holds the worker's input, then closes it as a dying
        // grader would. (A shell gives a background job /dev/null for input, hence fd 3.)
        var marker = $"orphan-{Random.Shared.Next(100_000, 999_999)}";
        var start = new WorkerLauncher(TestGrader.Limits).StartInfo(submissions: 1, workingFolder: null);
        var worker = new[] { start.FileName }.Concat(start.ArgumentList).Append(marker).ToList();
        start.FileName = "/bin/sh";
        start.ArgumentList.Clear();
        foreach (var argument in new[] { "-c", "exec 3<&0; ( /usr/bin/sleep 0.2; exec \"$@\" <&3 3<&- ) & exit 0", "grader" }.Concat(worker))
        {
            start.ArgumentList.Add(argument);
        }

        using var grader = System.Diagnostics.Process.Start(start)!;
        grader.WaitForExit();
        Assert.That(() => TestProcesses.Running([.. WorkerSandbox.Current.Image.CommandInside, marker]), Is.Not.Empty.After(20_000, 50), "the orphaned worker started");

        grader.StandardInput.Close();

        Assert.That(() => TestProcesses.With(marker), Is.Empty.After(10_000, 50), "an orphaned sandbox outlived its grader's pipe");
    }

    /// <summary>The Solution with the zeros initializer's body starting with <paramref name="statement"/>.</summary>
    private static GradingResult GradeWithZerosBody(string statement) => TestGrader.GradeText(SolutionWithZerosBody(statement), s_unguarded.Value);

    private static string SolutionWithZerosBody(string statement)
    {
        var source = File.ReadAllText(RepositoryPaths.Solution).ReplaceLineEndings("\n");
        const string Anchor = "        var parameters = new Dictionary<string, Matrix>();\n        var layerCount = layersDims.Length;";
        var zeros = source.IndexOf("InitializeParametersZeros(int[] layersDims)", StringComparison.Ordinal);
        var at = source.IndexOf(Anchor, zeros, StringComparison.Ordinal);
        Assert.That(at, Is.GreaterThan(0), "the anchor in Solution/Initializers.cs");
        return source[..at] + statement + "\n" + source[at..];
    }

    /// <summary>Statements that throw when any of <paramref name="paths"/> exists.</summary>
    private static string ThrowIfAnyExists(IEnumerable<string> paths) => string.Concat(paths.Select(p => $$"""
        if (File.Exists(@"{{p}}") || Directory.Exists(@"{{p}}"))
        {
            throw new InvalidOperationException(@"sees {{p}}");
        }

        """));
}
