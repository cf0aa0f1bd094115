using Initialization.Shared.Model;

namespace Initialization.Shared.Tests.Model;

/// <summary>
/// The course's three trainings (zeros, large random, He; 15000 iterations at 0.01) against numpy's
/// runs in model_course.json, and against the numbers the course itself prints.
/// </summary>
public class CourseTrainingTests
{
    private static readonly CirclesData s_data = Datasets.LoadCircles();
    private static readonly Dictionary<string, Lazy<TrainingResult>> s_trained = new()
    {
        ["zeros"] = new(() => Train("zeros")),
        ["random"] = new(() => Train("random")),
        ["he"] = new(() => Train("he")),
    };

    private static IEnumerable<TestCaseData> Cases() =>
        ModelFixture.Load("model_course.json").Select(f => new TestCaseData(f).SetArgDisplayNames(f.Initialization));

    [TestCaseSource(nameof(Cases))]
    public void Costs_MatchNumpyWithinOnePartInABillion(ModelFixture fixture) =>
        ModelAssert.Costs(Trained(fixture).Costs, fixture.Costs);

    [TestCaseSource(nameof(Cases))]
    public void Predictions_AreNumpysForEveryTrainingAndTestExample(ModelFixture fixture)
    {
        var parameters = Trained(fixture).Parameters;

        Assert.Multiple(() =>
        {
            Assert.That(NeuralNetwork.Predict(s_data.TrainX, parameters).ToArray(), Is.EqualTo(fixture.Labels("train_predictions")), "training set");
            Assert.That(NeuralNetwork.Predict(s_data.TestX, parameters).ToArray(), Is.EqualTo(fixture.Labels("test_predictions")), "test set");
        });
    }

    [TestCaseSource(nameof(Cases))]
    public void Accuracies_AreNumpysExactly(ModelFixture fixture)
    {
        var parameters = Trained(fixture).Parameters;

        Assert.Multiple(() =>
        {
            Assert.That(NeuralNetwork.Accuracy(NeuralNetwork.Predict(s_data.TrainX, parameters), s_data.TrainY), Is.EqualTo(fixture.Json.Get("train_accuracy").AsDouble()), "training set");
            Assert.That(NeuralNetwork.Accuracy(NeuralNetwork.Predict(s_data.TestX, parameters), s_data.TestY), Is.EqualTo(fixture.Json.Get("test_accuracy").AsDouble()), "test set");
        });
    }

    [TestCaseSource(nameof(Cases))]
    public void TrainedParameters_AreNumpysBitForBit(ModelFixture fixture) =>
        ModelAssert.ParametersBitForBit(Trained(fixture).Parameters, fixture.Json.Get("parameters"));

    [TestCaseSource(nameof(Cases))]
    public void FirstForwardPass_GivesNumpysProbabilitiesBitForBit(ModelFixture fixture)
    {
        var initial = CourseInitializers.ByName(fixture.Initialization)(NeuralNetwork.LayerDims(2));

        var a3 = NeuralNetwork.Probabilities(s_data.TrainX, initial);

        Assert.That(Fixture.Bits(a3.AsSpan()), Is.EqualTo(Fixture.Bits(fixture.Json.Get("first_a3"))));
    }

    [Test]
    public void HeTraining_PrintsTheCoursesCostsAndAccuracies()
    {
        var result = s_trained["he"].Value;

        Assert.Multiple(() =>
        {
            Assert.That(result.Costs[0].Cost, Is.EqualTo(0.8830537463419761));
            Assert.That(result.Costs[1].Cost, Is.EqualTo(0.6879825919728063));
            // The course printed ...366 after 14000 iterations; its BLAS added in another order.
            Assert.That(result.Costs[14].Cost, Is.EqualTo(0.07357895962677366).Within(1e-16));
            Assert.That(Accuracy(result, s_data.TrainX, s_data.TrainY), Is.EqualTo(0.9933333333333333));
            Assert.That(Accuracy(result, s_data.TestX, s_data.TestY), Is.EqualTo(0.96));
        });
    }

    [Test]
    public void LargeRandomTraining_StartsAtInfinityAndReachesTheCoursesAccuracies()
    {
        var result = s_trained["random"].Value;

        Assert.Multiple(() =>
        {
            Assert.That(result.Costs[0].Cost, Is.EqualTo(double.PositiveInfinity));
            Assert.That(result.Costs[^1].Cost, Is.EqualTo(0.38).Within(0.01));
            Assert.That(Accuracy(result, s_data.TrainX, s_data.TrainY), Is.EqualTo(0.83));
            Assert.That(Accuracy(result, s_data.TestX, s_data.TestY), Is.EqualTo(0.86));
        });
    }

    [Test]
    public void ZerosTraining_NeverBreaksSymmetryAndPredictsZeroEverywhere()
    {
        var result = s_trained["zeros"].Value;

        Assert.Multiple(() =>
        {
            Assert.That(result.Costs.Select(c => c.Cost), Is.All.EqualTo(0.6931471805599453).Within(1e-15));
            Assert.That(NeuralNetwork.Predict(s_data.TrainX, result.Parameters).ToArray(), Is.All.EqualTo(0.0));
            Assert.That(Accuracy(result, s_data.TrainX, s_data.TrainY), Is.EqualTo(0.5));
            Assert.That(Accuracy(result, s_data.TestX, s_data.TestY), Is.EqualTo(0.5));
        });
    }

    private static TrainingResult Trained(ModelFixture fixture) => s_trained[fixture.Initialization].Value;

    private static TrainingResult Train(string initialization) =>
        NeuralNetwork.Train(s_data.TrainX, s_data.TrainY, CourseInitializers.ByName(initialization));

    private static double Accuracy(TrainingResult result, Matrix x, Matrix y) =>
        NeuralNetwork.Accuracy(NeuralNetwork.Predict(x, result.Parameters), y);
}
