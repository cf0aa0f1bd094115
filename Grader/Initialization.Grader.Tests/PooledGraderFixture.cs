using Initialization.Grader.Pipeline;

namespace Initialization.Grader.Tests;

/// <summary>
/// A fixture that grades with pooled workers, as batch mode grades a class: a fresh worker per
/// submission starts a runtime and compiles the worker just in time, about a third of a second of
/// CPU in this build. Its compile children are the test run's shared ones
/// (<see cref="TestGrader.WithSharedCompilers"/>). The workers stop when the fixture ends, so no
/// idle one outlives it (other tests count the worker processes left).
/// </summary>
public abstract class PooledGraderFixture
{
    private WorkerPool? _workers;
    private SubmissionGrader? _grader;

    /// <summary>The fixture's grader.</summary>
    protected SubmissionGrader Grader => _grader ?? throw new InvalidOperationException("the pooled grader starts in the fixture's one-time set-up");

    [OneTimeSetUp]
    public void StartPooledGrader()
    {
        _workers = new WorkerPool(new WorkerLauncher(TestGrader.Limits));
        _grader = TestGrader.WithSharedCompilers(TestPacks.Initialization, _workers);
    }

    [OneTimeTearDown]
    public void StopPooledGrader()
    {
        _grader?.Dispose();
        _workers?.Dispose();
    }
}
