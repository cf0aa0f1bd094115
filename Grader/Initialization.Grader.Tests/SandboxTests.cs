using System.Net;
using System.Net.Sockets;
using Initialization.Grader.HiddenTests.Subject;
using Initialization.Grader.Pipeline;

namespace Initialization.Grader.Tests;

/// <summary>
/// The operating-system fence holds even for code the allowlist would have refused: these tests
/// switch the allowlist off and let hostile code run in the worker. Each layer is tested where
/// the machine provides it (CI runs as root with prlimit, unshare and setpriv).
/// </summary>
[NonParallelizable]
public class SandboxTests
{
    private static readonly Lazy<SubmissionGrader> s_unguarded = new(() => new SubmissionGrader(CompileReferences.Load(), TestGrader.Limits, enforceApiPolicy: false));

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
    public void TheNetwork_IsOutOfReach()
    {
        if (WorkerSandbox.Current.Description.Contains("network not isolated", StringComparison.Ordinal))
        {
            Assert.Ignore("this machine cannot isolate the network (unshare unavailable); the allowlist refuses networking instead");
        }

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
    public void AFileOnlyRootMayRead_CannotBeRead()
    {
        if (!WorkerSandbox.Current.DropsPrivileges)
        {
            Assert.Ignore("the grader does not run as root here, so the worker already has the grader's own rights");
        }

        var secret = Path.Combine(Path.GetTempPath(), $"sandbox-secret-{Guid.NewGuid():N}");
        File.WriteAllText(secret, "only root may read this");
        File.SetUnixFileMode(secret, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        try
        {
            var result = GradeWithZerosBody($"Console.WriteLine(File.ReadAllText(\"{secret}\"));");

            Assert.Multiple(() =>
            {
                Assert.That(TestGrader.MethodFeedback(result, GradedMethods.Zeros), Does.Contain("UnauthorizedAccessException"));
                Assert.That(result.StudentOutput, Does.Not.Contain("only root may read this"));
            });
        }
        finally
        {
            File.Delete(secret);
        }
    }

    [Test]
    public void AThreadLeftBehind_DiesWithTheWorker()
    {
        var before = WorkerProcesses();

        var result = GradeWithZerosBody("new System.Threading.Thread(() => { while (true) { } }) { IsBackground = false }.Start();");

        Assert.Multiple(() =>
        {
            Assert.That(WorkerProcesses(), Is.EquivalentTo(before), "worker processes still running after grading");
            Assert.That(TestGrader.MethodScore(result, GradedMethods.Random), Is.EqualTo(3.0), "an untouched method");
        });
    }

    /// <summary>The Solution with the zeros initializer's body starting with <paramref name="statement"/>.</summary>
    private static GradingResult GradeWithZerosBody(string statement)
    {
        var source = File.ReadAllText(RepositoryPaths.Solution).ReplaceLineEndings("\n");
        const string Anchor = "        var parameters = new Dictionary<string, Matrix>();\n        var layerCount = layersDims.Length;";
        var zeros = source.IndexOf("InitializeParametersZeros(int[] layersDims)", StringComparison.Ordinal);
        var at = source.IndexOf(Anchor, zeros, StringComparison.Ordinal);
        Assert.That(at, Is.GreaterThan(0), "the anchor in Solution/Initializers.cs");
        return TestGrader.GradeText(source[..at] + statement + "\n" + source[at..], s_unguarded.Value);
    }

    private static List<int> WorkerProcesses() =>
        [.. Directory.GetDirectories("/proc").Select(Path.GetFileName).Where(n => int.TryParse(n, out _))
            .Where(pid => Read($"/proc/{pid}/cmdline").Contains("Initialization.Grader.Worker.dll", StringComparison.Ordinal))
            .Select(pid => int.Parse(pid!, System.Globalization.CultureInfo.InvariantCulture))];

    private static string Read(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (IOException)
        {
            return string.Empty;
        }
        catch (UnauthorizedAccessException)
        {
            return string.Empty;
        }
    }
}
