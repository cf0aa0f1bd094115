using System.Diagnostics;
using Initialization.Grader.Pipeline;

namespace Initialization.Grader.Tests;

/// <summary>The CPU accounting of a batch (GRADER_TIMINGS=1): the grader's stages by thread CPU time, the children's from /proc.</summary>
public class StageCostsTests
{
    /// <summary>How many ticks of CPU (1/100 s each) a <see cref="SpinMarkers.Spin"/> loop works.</summary>
    private const int SpinTicks = 50;

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
        // A grandchild that works half a second of CPU, then waits: killing the tree orphans it.
        using var spun = new SpinMarkers();
        using var child = BusyTree($"( {spun.Spin("grandchild")}; sleep 60 ) & wait");
        spun.WaitFor("grandchild");

        var (own, descendants) = StageCosts.TreeTicks(child.Id);

        Assert.Multiple(() =>
        {
            Assert.That(descendants, Is.GreaterThanOrEqualTo(SpinTicks), "the grandchild's ticks (1/100 s each)");
            Assert.That(own, Is.LessThan(10), "the waiting child's own");
        });
    }

    [Test]
    public void AKilledCompileChild_IsNotedWithItsCpuTime_AndItsDescendantsAsOrphans()
    {
        var costs = new StageCosts();
        using var spun = new SpinMarkers();
        using var compileChild = BusyTree($"{spun.Spin("compile child")}; sleep 60");
        using var worker = BusyTree($"( {spun.Spin("worker's grandchild")}; sleep 60 ) & wait");
        costs.Started(compileChild, compiles: true);
        costs.Started(worker, compiles: false);
        spun.WaitFor("compile child");
        spun.WaitFor("worker's grandchild");

        costs.Ending(compileChild);
        costs.Ending(worker);
        costs.Ending(worker);

        Assert.Multiple(() =>
        {
            Assert.That(costs.CompileTicks, Is.GreaterThanOrEqualTo(SpinTicks), "the compile child's own ticks");
            Assert.That(costs.OrphanTicks, Is.InRange(SpinTicks, (2 * SpinTicks) - 1), "the worker's grandchild's, counted once");
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

    private static WorkerProcess BusyTree(string script) => StandInChild.Start("/bin/bash", "-c", script);

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

    /// <summary>
    /// Shell loops that work a given amount of CPU, not of wall time (on a saturated CI machine two
    /// seconds of wall time gave a loop 18 ticks), each leaving a file once done for the test to wait on.
    /// </summary>
    private sealed class SpinMarkers : IDisposable
    {
        private readonly string _folder = Directory.CreateTempSubdirectory("stagecosts-").FullName;

        /// <summary>Bash that spins until its own process has <see cref="SpinTicks"/> ticks (builtins only: no child takes the time), then marks <paramref name="name"/> done.</summary>
        public string Spin(string name) =>
            $"while read -ra f < /proc/$BASHPID/stat; [ $((f[13] + f[14])) -lt {SpinTicks} ]; do :; done; : > '{Marker(name)}'";

        /// <summary>Waits for the loop named <paramref name="name"/> to be done (a minute at most).</summary>
        public void WaitFor(string name)
        {
            var limit = Stopwatch.StartNew();
            while (!File.Exists(Marker(name)))
            {
                Assert.That(limit.Elapsed, Is.LessThan(TimeSpan.FromMinutes(1)), $"the {name}'s loop to work {SpinTicks} ticks");
                Thread.Sleep(20);
            }
        }

        public void Dispose() => Directory.Delete(_folder, recursive: true);

        private string Marker(string name) => Path.Combine(_folder, name.Replace(' ', '-').Replace("'", string.Empty, StringComparison.Ordinal));
    }
}
