using Initialization.Grader.Pipeline;

namespace Initialization.Grader.Tests;

/// <summary>
/// A grading's workers: one started ahead (while the submission compiles) is the first taken;
/// never taken, it goes back to where the workers come from, clean. The workers are stand-ins
/// (sleeping processes).
/// </summary>
public class GradingWorkersTests
{
    [Test]
    public void TheWorkerStartedAhead_IsTakenFirst_AndTheNextComesFromTheSource()
    {
        var source = new CountingSource();
        using var ahead = StandIn();
        using var workers = new GradingWorkers(source, () => ahead);

        var first = workers.Take();
        using var second = workers.Take();

        Assert.Multiple(() =>
        {
            Assert.That(first, Is.SameAs(ahead));
            Assert.That(second, Is.Not.SameAs(ahead));
            Assert.That(source.Taken, Is.EqualTo(1));
        });
    }

    [Test]
    public void AWorkerStartedAheadAndNeverTaken_GoesBackClean()
    {
        var source = new CountingSource();
        using var ahead = StandIn();

        new GradingWorkers(source, () => ahead).Dispose();

        Assert.That(source.Returned, Is.EqualTo(new[] { (ahead, true) }));
    }

    [Test]
    public void WithoutAWorkerStartedAhead_EveryWorkerComesFromTheSource_AndNothingGoesBack()
    {
        var source = new CountingSource();
        var workers = new GradingWorkers(source, startAhead: null);
        using var taken = workers.Take();

        workers.Dispose();

        Assert.Multiple(() =>
        {
            Assert.That(source.Taken, Is.EqualTo(1));
            Assert.That(source.Returned, Is.Empty);
        });
    }

    private static WorkerProcess StandIn() => StandInChild.Start("/bin/sleep", "60");

    private sealed class CountingSource : IWorkerSource
    {
        public int Taken { get; private set; }

        public List<(WorkerProcess Worker, bool Clean)> Returned { get; } = [];

        public GradingLimits Limits => TestGrader.Limits;

        public WorkerProcess Take()
        {
            Taken++;
            return StandIn();
        }

        public void Return(WorkerProcess worker, bool clean) => Returned.Add((worker, clean));
    }
}
