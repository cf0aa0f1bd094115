using Initialization.Shared.Model;

namespace Initialization.Shared.Tests.Model;

/// <summary>The training loop works in buffers allocated once per Train call: it allocates nothing.</summary>
public class TrainingAllocationTests
{
    [Test]
    public void TrainingLoop_AllocatesNothingWhateverTheNumberOfIterations()
    {
        var data = Datasets.LoadCircles();
        var initial = CourseInitializers.He(NeuralNetwork.LayerDims(2));
        var options = new TrainingOptions { Iterations = 3000, ReportEvery = 100 };
        var reported = 0;
        Action<CostReport> onCost = _ => reported++;
        // The first run JIT-compiles the loop's methods, which allocates; the measured run does not.
        Loop(data, initial, options, onCost);

        var allocated = Loop(data, initial, options, onCost);

        Assert.That(allocated, Is.Zero, "bytes allocated by 3000 iterations with 30 cost reports");
        Assert.That(reported, Is.EqualTo(60));
    }

    private static long Loop(CirclesData data, Dictionary<string, Matrix> initial, TrainingOptions options, Action<CostReport> onCost)
    {
        var workspace = new TrainingWorkspace(data.TrainX, data.TrainY, initial);
        var costs = new List<CostReport>(GradientDescent.ReportCount(options));
        var before = GC.GetAllocatedBytesForCurrentThread();
        GradientDescent.Iterate(workspace, options, costs, onCost);
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }
}
