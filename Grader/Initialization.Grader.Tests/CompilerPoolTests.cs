using System.Diagnostics;
using Initialization.Grader.Pipeline;

namespace Initialization.Grader.Tests;

/// <summary>
/// How concurrent gradings share compile children: a grading that finds the only child busy waits
/// for it rather than paying for another's first compile, unless the child stays busy too long.
/// The children are stand-ins (sleeping processes): no Roslyn starts here.
/// </summary>
public class CompilerPoolTests
{
    private static readonly TimeSpan s_longWait = TimeSpan.FromSeconds(30);

    private int _started;

    [SetUp]
    public void ResetCount() => _started = 0;

    [Test]
    public void ASecondGrading_WaitsForTheBusyChild_AndGetsIt_InsteadOfStartingAnother()
    {
        using var pool = new CompilerPool(TestGrader.Limits, _ => StandIn(), s_longWait);
        var first = pool.Take();
        var second = Task.Run(pool.Take);
        var waitedWhileBusy = !second.Wait(TimeSpan.FromMilliseconds(300));
        pool.Return(first, clean: true);
        var secondReturned = second.Wait(TimeSpan.FromSeconds(10));

        Assert.Multiple(() =>
        {
            Assert.That(waitedWhileBusy, Is.True, "the second grading waits while the child compiles");
            Assert.That(secondReturned, Is.True, "it goes on as soon as the child is back");
            Assert.That(secondReturned ? second.Result : null, Is.SameAs(first));
            Assert.That(_started, Is.EqualTo(1));
        });
        pool.Return(first, clean: true);
    }

    [Test]
    public void AChildBusyLongerThanTheWait_LetsTheNextGradingStartItsOwn()
    {
        var busyWait = TimeSpan.FromMilliseconds(300);
        using var pool = new CompilerPool(TestGrader.Limits, _ => StandIn(), busyWait);
        var first = pool.Take();
        var clock = Stopwatch.StartNew();
        var second = pool.Take();
        clock.Stop();

        Assert.Multiple(() =>
        {
            Assert.That(second, Is.Not.SameAs(first));
            Assert.That(_started, Is.EqualTo(2));
            Assert.That(clock.Elapsed, Is.GreaterThanOrEqualTo(busyWait - TimeSpan.FromMilliseconds(20)), "it waited first");
        });
        pool.Return(first, clean: true);
        pool.Return(second, clean: true);
    }

    [Test]
    public void AChildDestroyedWhileAnotherGradingWaits_LetsThatGradingStartAFreshOne_AtOnce()
    {
        using var pool = new CompilerPool(TestGrader.Limits, _ => StandIn(), s_longWait);
        var first = pool.Take();
        var second = Task.Run(pool.Take);
        _ = second.Wait(TimeSpan.FromMilliseconds(200));
        first.Kill();
        pool.Return(first, clean: false);
        var secondReturned = second.Wait(TimeSpan.FromSeconds(10));

        Assert.Multiple(() =>
        {
            Assert.That(secondReturned, Is.True, "no wait for a child that will not come back");
            Assert.That(secondReturned ? second.Result : null, Is.Not.SameAs(first));
            Assert.That(_started, Is.EqualTo(2));
        });
        if (secondReturned)
        {
            pool.Return(second.Result, clean: true);
        }
    }

    /// <summary>A child that never answers: a sleeping process, disposed with the pool.</summary>
    private WorkerProcess StandIn()
    {
        Interlocked.Increment(ref _started);
        return StandInChild.Start("/bin/sleep", "60");
    }
}
