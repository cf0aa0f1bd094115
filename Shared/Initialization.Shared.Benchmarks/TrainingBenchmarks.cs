using BenchmarkDotNet.Attributes;
using Initialization.Shared.Model;

namespace Initialization.Shared.Benchmarks;

/// <summary>
/// Training the course's model: one full run as the exercise does it (He initialization, 15000
/// iterations, cost every 1000; tools/bench/train_vs_numpy.sh sets it against numpy), one
/// gradient-descent iteration on its own, and the decision-boundary grid the plots need.
/// </summary>
[MemoryDiagnoser]
public class TrainingBenchmarks
{
    private readonly CirclesData _data = Datasets.LoadCircles();
    private readonly double[] _gridXs = Axis(-1.5, 1.5, 0.01);
    private readonly double[] _gridYs = Axis(-1.5, 1.5, 0.01);
    private TrainingWorkspace _workspace = null!;
    private IReadOnlyDictionary<string, Matrix> _trained = null!;

    [GlobalSetup]
    public void Setup()
    {
        _workspace = new TrainingWorkspace(_data.TrainX, _data.TrainY, He(NeuralNetwork.LayerDims(2)));
        _trained = NeuralNetwork.Train(_data.TrainX, _data.TrainY, He, new TrainingOptions { Iterations = 2000 }).Parameters;
    }

    /// <summary>The exercise's He model: what one <c>model(train_X, train_Y, initialization="he")</c> costs.</summary>
    [Benchmark]
    public TrainingResult TrainCourseModelHe() => NeuralNetwork.Train(_data.TrainX, _data.TrainY, He);

    /// <summary>One iteration without a cost report (14 of every 15): forward, backward, update.</summary>
    [Benchmark]
    public void OneIteration()
    {
        var w = _workspace;
        ForwardPass.Run(w.Inputs, w.InputStride, w.Examples, w.Parameters, w.A1, w.A2, w.A3);
        BackwardPass.Run(w);
        GradientDescent.Update(w, 0.01);
    }

    /// <summary>Labels of a 300 x 300 plotting grid (the notebook's axes, [-1.5, 1.5] in steps of 0.01).</summary>
    [Benchmark]
    public Matrix PredictGrid300x300() => NeuralNetwork.PredictGrid(_gridXs, _gridYs, _trained);

    private static double[] Axis(double from, double to, double step) =>
        [.. Enumerable.Range(0, (int)Math.Ceiling((to - from) / step)).Select(i => from + (i * step))];

    /// <summary>The exercise's He initialization (the reference solution's).</summary>
    private static Dictionary<string, Matrix> He(int[] dims)
    {
        var rng = new RandomState(3);
        var parameters = new Dictionary<string, Matrix>();
        for (var l = 1; l < dims.Length; l++)
        {
            parameters[$"W{l}"] = rng.Randn(dims[l], dims[l - 1]) * Math.Sqrt(2.0 / dims[l - 1]);
            parameters[$"b{l}"] = Matrix.Zeros(dims[l], 1);
        }

        return parameters;
    }
}
