using Initialization.Grader.Pipeline;

namespace Initialization.Grader.Tests;

/// <summary>
/// Grading fails closed: on a machine without the sandbox no worker starts unless the
/// instructor opts out, and the refusal says what is missing and how to get it. (SandboxTests
/// show what the sandbox holds; these the decision to use it.)
/// </summary>
[Category(TestCategories.TrustBoundary)]
public class WorkerSandboxTests
{
    [Test]
    public void ThisMachine_IsolatesWorkers()
    {
        Assert.That(WorkerSandbox.Detected.Isolates, Is.True, WorkerSandbox.Detected.Missing);
    }

    [Test]
    public void WithoutBubblewrap_GradingIsRefused_NamingWhatToInstall()
    {
        var detected = WorkerSandbox.Detect(name => name == "bwrap" ? null : WorkerSandbox.Tool(name));

        var refusal = Assert.Throws<SandboxUnavailableException>(() => WorkerSandbox.Choose(detected, allowUnsandboxed: false));

        Assert.Multiple(() =>
        {
            Assert.That(detected.Isolates, Is.False);
            Assert.That(refusal!.Message, Does.Contain("bubblewrap is not installed").And.Contain("apt-get install bubblewrap"));
            Assert.That(refusal.Message, Does.Contain(WorkerSandbox.OptOutFlag), "the way out, named");
        });
    }

    [Test]
    public void WithoutPrlimit_GradingIsRefused_EvenWithBubblewrap()
    {
        var detected = WorkerSandbox.Detect(name => name == "prlimit" ? null : WorkerSandbox.Tool(name));

        Assert.That(() => WorkerSandbox.Choose(detected, allowUnsandboxed: false), Throws.InstanceOf<SandboxUnavailableException>().With.Message.Contains("prlimit"));
    }

    [Test]
    public void TheOptOut_GradesWithoutIsolation_AndSaysSo()
    {
        var detected = WorkerSandbox.Detect(name => name == "bwrap" ? null : WorkerSandbox.Tool(name));

        var chosen = WorkerSandbox.Choose(detected, allowUnsandboxed: true);

        Assert.Multiple(() =>
        {
            Assert.That(chosen.Isolates, Is.False);
            Assert.That(chosen.Description, Does.StartWith("NOT ISOLATED"));
            Assert.That(chosen.Wrap(TestGrader.Limits), Has.None.Contains("bwrap"));
        });
    }

    [Test]
    public void TheOptOut_ChangesNothing_WhereTheSandboxIsThere()
    {
        var chosen = WorkerSandbox.Choose(WorkerSandbox.Detected, allowUnsandboxed: true);

        Assert.Multiple(() =>
        {
            Assert.That(chosen.Isolates, Is.True);
            Assert.That(chosen.Wrap(TestGrader.Limits), Has.Some.EndsWith("bwrap"));
        });
    }
}
