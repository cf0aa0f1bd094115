using Initialization.Shared.Model;

namespace Initialization.Shared.Tests.Model;

/// <summary>
/// Trainings beyond the course's settings against numpy's (model_other.json): other learning rates
/// and report intervals on the course's data, and inputs with 1, 3 or 5 features and 1, 7 or 301
/// examples, so vector remainders and odd feature counts are covered too.
/// </summary>
public class OptionsAndShapesFidelityTests
{
    private static readonly CirclesData s_data = Datasets.LoadCircles();

    private static IEnumerable<TestCaseData> Cases() =>
        ModelFixture.Load("model_other.json").Select(f => new TestCaseData(f).SetArgDisplayNames(f.Name));

    [TestCaseSource(nameof(Cases))]
    public void Training_MatchesNumpy(ModelFixture fixture)
    {
        var (x, y) = Data(fixture);

        var result = NeuralNetwork.Train(x, y, CourseInitializers.ByName(fixture.Initialization), fixture.Options);

        ModelAssert.Costs(result.Costs, fixture.Costs);
        ModelAssert.ParametersBitForBit(result.Parameters, fixture.Json.Get("parameters"));
        Assert.Multiple(() =>
        {
            Assert.That(NeuralNetwork.Predict(x, result.Parameters).ToArray(), Is.EqualTo(fixture.Labels("train_predictions")), "training predictions");
            Assert.That(NeuralNetwork.Accuracy(NeuralNetwork.Predict(x, result.Parameters), y), Is.EqualTo(fixture.Json.Get("train_accuracy").AsDouble()), "training accuracy");
            if (fixture.Json.TryGet("test_predictions", out _))
            {
                Assert.That(NeuralNetwork.Predict(s_data.TestX, result.Parameters).ToArray(), Is.EqualTo(fixture.Labels("test_predictions")), "test predictions");
            }
        });
    }

    private static (Matrix X, Matrix Y) Data(ModelFixture fixture)
    {
        if (!fixture.Json.TryGet("data", out var data))
        {
            return (s_data.TrainX, s_data.TrainY);
        }

        var shape = Fixture.Ints(data.Get("x").Get("shape"));
        var x = new Matrix(shape[0], shape[1], Fixture.Doubles(data.Get("x").Get("values")));
        var labels = Fixture.Ints(data.Get("y"));
        return (x, new Matrix(1, labels.Length, [.. labels.Select(v => (double)v)]));
    }
}
