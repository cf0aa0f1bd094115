using Initialization.Shared.Model;

namespace Initialization.Shared.Tests.Model;

/// <summary>
/// The public model API's behaviour around training: bad options, data and initializers fail at
/// once with an <see cref="ArgumentException"/> that names the problem; callbacks, copies and
/// predictions behave as documented.
/// </summary>
public class NeuralNetworkApiTests
{
    private static readonly CirclesData s_data = Datasets.LoadCircles();
    private static readonly TrainingOptions s_short = new() { Iterations = 25, ReportEvery = 10 };

    private static readonly TestCaseData[] s_badOptions =
    [
        Options("learning rate 0", new() { LearningRate = 0.0 }, nameof(TrainingOptions.LearningRate), "positive, finite"),
        Options("learning rate -0.01", new() { LearningRate = -0.01 }, nameof(TrainingOptions.LearningRate), "positive, finite"),
        Options("learning rate NaN", new() { LearningRate = double.NaN }, nameof(TrainingOptions.LearningRate), "positive, finite"),
        Options("learning rate infinite", new() { LearningRate = double.PositiveInfinity }, nameof(TrainingOptions.LearningRate), "positive, finite"),
        Options("iterations -1", new() { Iterations = -1 }, nameof(TrainingOptions.Iterations), "zero or more"),
        Options("report every 0", new() { ReportEvery = 0 }, nameof(TrainingOptions.ReportEvery), "at least 1"),
    ];

    private static readonly TestCaseData[] s_badInitializers =
    [
        Initializer("returns null", _ => null!, "returned null"),
        Initializer("forgets b2", dims => Without(CourseInitializers.He(dims), "b2"), "has no \"b2\" (expected a (5, 1) matrix)"),
        Initializer("maps W3 to null", dims => With(CourseInitializers.He(dims), "W3", null!), "maps \"W3\" to null"),
        Initializer("transposes W1", dims => With(CourseInitializers.He(dims), "W1", Matrix.Zeros(dims[0], dims[1])), "gives \"W1\" the shape (2, 10), expected (10, 2) (transposed"),
        Initializer("adds a W4", dims => With(CourseInitializers.He(dims), "W4", Matrix.Zeros(1, 1)), "unexpected keys \"W4\""),
    ];

    [TestCaseSource(nameof(s_badOptions))]
    public void Train_WithBadOptions_ThrowsNamingTheOption(TrainingOptions options, string option, string hint)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => NeuralNetwork.Train(s_data.TrainX, s_data.TrainY, CourseInitializers.He, options));

        Assert.That(exception!.ParamName, Is.EqualTo(option));
        Assert.That(exception.Message, Does.Contain(hint));
    }

    [TestCase(2, 300)]
    [TestCase(1, 299)]
    [TestCase(300, 1)]
    public void Train_WithLabelsOfTheWrongShape_SaysWhichShapeIsNeeded(int rows, int cols)
    {
        var exception = Assert.Throws<ArgumentException>(() => NeuralNetwork.Train(s_data.TrainX, Matrix.Zeros(rows, cols), CourseInitializers.He, s_short));

        Assert.That(exception!.ParamName, Is.EqualTo("y"));
        Assert.That(exception.Message, Does.Contain("Y must have shape (1, 300)").And.Contain($"but has ({rows}, {cols})"));
    }

    [TestCaseSource(nameof(s_badInitializers))]
    public void Train_WithAnInitializerThatGetsTheParametersWrong_SaysWhatIsWrong(Func<int[], Dictionary<string, Matrix>> initializer, string problem)
    {
        var exception = Assert.Throws<ArgumentException>(() => NeuralNetwork.Train(s_data.TrainX, s_data.TrainY, initializer, s_short));

        Assert.That(exception!.ParamName, Is.EqualTo("initializer"));
        Assert.That(exception.Message, Does.StartWith("The initializer's parameters cannot be trained: it").And.Contain(problem));
    }

    [Test]
    public void Train_WithNullArguments_ThrowsArgumentNullException()
    {
        Assert.Multiple(() =>
        {
            Assert.That(() => NeuralNetwork.Train(null!, s_data.TrainY, CourseInitializers.He), Throws.ArgumentNullException.With.Property("ParamName").EqualTo("x"));
            Assert.That(() => NeuralNetwork.Train(s_data.TrainX, null!, CourseInitializers.He), Throws.ArgumentNullException.With.Property("ParamName").EqualTo("y"));
            Assert.That(() => NeuralNetwork.Train(s_data.TrainX, s_data.TrainY, null!), Throws.ArgumentNullException.With.Property("ParamName").EqualTo("initializer"));
        });
    }

    [Test]
    public void Train_CallsTheInitializerOnceWithTheLayerSizes()
    {
        var calls = new List<int[]>();

        NeuralNetwork.Train(s_data.TrainX, s_data.TrainY, dims => { calls.Add(dims); return CourseInitializers.He(dims); }, s_short);

        Assert.That(calls, Has.Count.EqualTo(1));
        Assert.That(calls[0], Is.EqualTo(new[] { 2, 10, 5, 1 }));
    }

    [Test]
    public void Train_LeavesTheInitializersMatricesUnchanged()
    {
        var initial = CourseInitializers.He(NeuralNetwork.LayerDims(2));
        var before = initial.ToDictionary(kv => kv.Key, kv => kv.Value.Clone());

        var result = NeuralNetwork.Train(s_data.TrainX, s_data.TrainY, _ => initial, s_short);

        ModelAssert.SameBits(initial, before);
        Assert.That(result.Parameters["W1"], Is.Not.SameAs(initial["W1"]));
    }

    [Test]
    public void Train_ReportsEachCostToTheCallbackInOrder()
    {
        var reports = new List<CostReport>();

        var result = NeuralNetwork.Train(s_data.TrainX, s_data.TrainY, CourseInitializers.He, s_short, reports.Add);

        Assert.That(reports.Select(r => r.Iteration), Is.EqualTo(new[] { 0, 10, 20 }));
        Assert.That(reports, Is.EqualTo(result.Costs));
    }

    [Test]
    public void Train_WithZeroIterations_ReturnsTheInitialParametersAndNoCosts()
    {
        var initial = CourseInitializers.Random(NeuralNetwork.LayerDims(2));

        var result = NeuralNetwork.Train(s_data.TrainX, s_data.TrainY, _ => initial, new TrainingOptions { Iterations = 0 });

        Assert.That(result.Costs, Is.Empty);
        ModelAssert.SameBits(result.Parameters, initial);
    }

    [Test]
    public void Probabilities_WithParametersForAnotherNumberOfFeatures_SaysWhatDoesNotFit()
    {
        var threeFeatures = CourseInitializers.He(NeuralNetwork.LayerDims(3));

        var exception = Assert.Throws<ArgumentException>(() => NeuralNetwork.Probabilities(s_data.TrainX, threeFeatures));

        Assert.That(exception!.ParamName, Is.EqualTo("parameters"));
        Assert.That(exception.Message, Does.Contain("2 input features").And.Contain("gives \"W1\" the shape (10, 3), expected (10, 2)"));
    }

    [Test]
    public void Predict_IsOneExactlyWhereTheProbabilityExceedsOneHalf()
    {
        var parameters = NeuralNetwork.Train(s_data.TrainX, s_data.TrainY, CourseInitializers.He, s_short).Parameters;

        var probabilities = NeuralNetwork.Probabilities(s_data.TestX, parameters);
        var labels = NeuralNetwork.Predict(s_data.TestX, parameters);

        Assert.That(labels.Shape, Is.EqualTo((1, 100)));
        Assert.That(labels.ToArray(), Is.EqualTo(probabilities.ToArray().Select(p => p > 0.5 ? 1.0 : 0.0)));
    }

    [Test]
    public void PredictGrid_LabelsEachPointAsPredictDoesInMeshgridLayout()
    {
        var parameters = NeuralNetwork.Train(s_data.TrainX, s_data.TrainY, CourseInitializers.He, new TrainingOptions { Iterations = 2000 }).Parameters;
        double[] xs = [.. Enumerable.Range(0, 61).Select(i => -1.5 + (i * 0.05))];
        double[] ys = [.. Enumerable.Range(0, 41).Select(i => -1.2 + (i * 0.06))];
        var points = new Matrix(2, xs.Length * ys.Length);
        for (var r = 0; r < ys.Length; r++)
        {
            for (var c = 0; c < xs.Length; c++)
            {
                points[0, (r * xs.Length) + c] = xs[c];
                points[1, (r * xs.Length) + c] = ys[r];
            }
        }

        var grid = NeuralNetwork.PredictGrid(xs, ys, parameters);

        Assert.That(grid.Shape, Is.EqualTo((ys.Length, xs.Length)));
        Assert.That(grid.ToArray(), Is.EqualTo(NeuralNetwork.Predict(points, parameters).ToArray()));
        Assert.That(grid.ToArray(), Does.Contain(0.0).And.Contain(1.0), "the boundary crosses this grid");
    }

    [Test]
    public void PredictGrid_WithAnEmptyAxisOrAnotherNumberOfFeatures_Throws()
    {
        var parameters = CourseInitializers.He(NeuralNetwork.LayerDims(2));

        Assert.Multiple(() =>
        {
            Assert.That(() => NeuralNetwork.PredictGrid([], [0.0], parameters), Throws.ArgumentException.With.Property("ParamName").EqualTo("xs"));
            Assert.That(() => NeuralNetwork.PredictGrid([0.0], [], parameters), Throws.ArgumentException.With.Property("ParamName").EqualTo("ys"));
            Assert.That(() => NeuralNetwork.PredictGrid([0.0], [0.0], CourseInitializers.He(NeuralNetwork.LayerDims(3))), Throws.ArgumentException.With.Property("ParamName").EqualTo("parameters"));
        });
    }

    [Test]
    public void AccuracyAndCost_WithMismatchedShapes_SayWhichShapes()
    {
        Assert.Multiple(() =>
        {
            Assert.That(() => NeuralNetwork.Accuracy(Matrix.Zeros(1, 3), Matrix.Zeros(1, 4)), Throws.ArgumentException.With.Message.Contains("(1, 3)").And.Message.Contains("(1, 4)"));
            Assert.That(() => NeuralNetwork.Cost(Matrix.Zeros(1, 3), Matrix.Zeros(3, 1)), Throws.ArgumentException.With.Message.Contains("(1, 3)").And.Message.Contains("(3, 1)"));
        });
    }

    [Test]
    public void Cost_SkipsSaturatedOutputsOnTheirOwnLabelAndIsInfiniteOnTheWrongOne()
    {
        var y = new Matrix(1, 3, [1.0, 0.0, 1.0]);

        Assert.Multiple(() =>
        {
            // 0 · ∞ = NaN terms are skipped by nansum; the remaining term is −log(0.5) / 3.
            Assert.That(NeuralNetwork.Cost(new Matrix(1, 3, [1.0, 0.0, 0.5]), y), Is.EqualTo(Math.Log(2.0) / 3.0).Within(1e-16));
            Assert.That(NeuralNetwork.Cost(new Matrix(1, 3, [1.0, 1.0, 0.5]), y), Is.EqualTo(double.PositiveInfinity));
        });
    }

    private static TestCaseData Options(string name, TrainingOptions options, string option, string hint) =>
        new TestCaseData(options, option, hint).SetArgDisplayNames(name);

    private static TestCaseData Initializer(string name, Func<int[], Dictionary<string, Matrix>> initializer, string problem) =>
        new TestCaseData(initializer, problem).SetArgDisplayNames(name);

    private static Dictionary<string, Matrix> Without(Dictionary<string, Matrix> parameters, string key)
    {
        parameters.Remove(key);
        return parameters;
    }

    private static Dictionary<string, Matrix> With(Dictionary<string, Matrix> parameters, string key, Matrix value)
    {
        parameters[key] = value;
        return parameters;
    }
}
