using System.Diagnostics;
using Initialization.Grader.Pipeline;

namespace Initialization.Grader.Tests;

/// <summary>The CPU accounting of a batch (GRADER_TIMINGS=1): the grader's stages by thread CPU time, the children's from /proc.</summary>
public class StageCostsTests
{
    [Test]
    public void AStageClock_ChargesTheThreadsCpuTime_ToTheStageItIsIn()
    {
        var costs = new StageCosts();
        var clock = costs.Start(CpuStage.Locate);
        Spin(TimeSpan.FromMilliseconds(100));
        clock.Switch(CpuStage.Compile);
        Thread.Sleep(100);
        clock.Stop();

        Assert.Multiple(() =>
        {
            Assert.That(costs.StageNanoseconds(CpuStage.Locate), Is.GreaterThan(50_000_000), "100 ms spinning");
            Assert.That(costs.StageNanoseconds(CpuStage.Compile), Is.LessThan(20_000_000), "100 ms asleep");
            Assert.That(costs.StageNanoseconds(CpuStage.HiddenTests), Is.Zero);
        });
    }

    [Test]
    public void AProcStatLine_WhoseNameHoldsSpacesAndParentheses_GivesItsOwnAndItsReapedChildrensTicks()
    {
        // Fields 14 to 17 are utime, stime, cutime and cstime.
        const string Line = "4242 (a (b) c) S 1 4242 4242 0 -1 4194560 100 0 0 0 70 30 5 2 20 0 1 0 100 1000 10 18446744073709551615";

        Assert.That(StageCosts.Ticks(Line), Is.EqualTo((100L, 7L)));
    }

    [Test]
    public void AProcessTree_CountsItsDescendantsCpuTime_WhichNoWaitWouldReport()
    {
        // A grandchild that works about a second, then waits: killing the tree orphans it.
        using var child = BusyTree("( end=$((SECONDS+2)); while [ $SECONDS -lt $end ]; do :; done; sleep 60 ) & wait");
        Thread.Sleep(2500);

        var (own, descendants) = StageCosts.TreeTicks(child.Id);

        Assert.Multiple(() =>
        {
            Assert.That(descendants, Is.GreaterThan(30), "the grandchild's ticks (1/100 s each)");
            Assert.That(own, Is.LessThan(10), "the waiting child's own");
        });
    }

    [Test]
    public void AKilledCompileChild_IsNotedWithItsCpuTime_AndItsDescendantsAsOrphans()
    {
        var costs = new StageCosts();
        using var compileChild = BusyTree("end=$((SECONDS+2)); while [ $SECONDS -lt $end ]; do :; done; sleep 60");
        using var worker = BusyTree("( end=$((SECONDS+2)); while [ $SECONDS -lt $end ]; do :; done; sleep 60 ) & wait");
        costs.Started(compileChild, compiles: true);
        costs.Started(worker, compiles: false);
        Thread.Sleep(2500);

        costs.Ending(compileChild);
        costs.Ending(worker);
        costs.Ending(worker);

        Assert.Multiple(() =>
        {
            Assert.That(costs.CompileTicks, Is.GreaterThan(30), "the compile child's own ticks");
            Assert.That(costs.OrphanTicks, Is.InRange(30, 300), "the worker's grandchild's, counted once");
        });
    }

    [Test]
    public void TheTable_GivesEachPartPerSubmission_WithItsShareAndTheTotal()
    {
        var table = StageCosts.Table([("compile children", 3.0), ("workers", 1.0)], 100);

        Assert.That(table.Split('\n'), Is.EqualTo(new[]
        {
            $"{StageCosts.ReportHeading} (100 graded; 4.00 s of CPU in all):",
            "  compile children     30.0 ms   75%  (3.00 s)",
            "  workers              10.0 ms   25%  (1.00 s)",
            "  total                40.0 ms  100%  (4.00 s)",
            string.Empty,
        }));
    }

    private static WorkerProcess BusyTree(string script)
    {
        var start = new ProcessStartInfo("/bin/bash")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        return WorkerProcess.Start(start, null, 1000);
    }

    /// <summary>
    /// Works until this thread has had <paramref name="time"/> of CPU: on a busy machine 100 ms of
    /// wall time may give the thread a quarter of that (one CI run did).
    /// </summary>
    private static void Spin(TimeSpan time)
    {
        var until = StageCosts.ThreadNanoseconds() + (long)time.TotalNanoseconds;
        var limit = Stopwatch.StartNew();
        while (StageCosts.ThreadNanoseconds() < until && limit.Elapsed < TimeSpan.FromSeconds(30))
        {
            Thread.SpinWait(100);
        }
    }
}
