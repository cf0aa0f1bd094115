using System.Text.Json;

namespace Initialization.Shared.Tests;

public class DatasetsTests
{
    private static IEnumerable<TestCaseData> Cases() =>
        Fixture.Load("make_circles.json").GetProperty("cases").EnumerateArray().Select(c => new TestCaseData(c).SetArgDisplayNames(
            $"n={c.GetProperty("n_samples")} noise={c.GetProperty("noise")} factor={c.GetProperty("factor")} shuffle={c.GetProperty("shuffle")} seed={c.GetProperty("seed")}"));

    [TestCaseSource(nameof(Cases))]
    public void MakeCircles_MatchesScikitLearnBitForBit(JsonElement fixture)
    {
        var rng = new RandomState(fixture.GetProperty("seed").GetUInt32());
        var noise = fixture.GetProperty("noise");

        var (x, y) = Datasets.MakeCircles(
            fixture.GetProperty("n_samples").GetInt32(),
            noise.ValueKind == JsonValueKind.Null ? null : noise.GetDouble(),
            rng,
            fixture.GetProperty("factor").GetDouble(),
            fixture.GetProperty("shuffle").GetBoolean());

        Assert.Multiple(() =>
        {
            Assert.That(x.Shape, Is.EqualTo((fixture.GetProperty("n_samples").GetInt32(), 2)));
            Assert.That(Fixture.Bits(x.AsSpan()), Is.EqualTo(Fixture.Bits(fixture.GetProperty("X"))));
            Assert.That(y, Is.EqualTo(Fixture.Ints(fixture.GetProperty("y"))));
            var nextWords = Fixture.Words(fixture.GetProperty("next_words"));
            Assert.That(nextWords.Select(_ => rng.NextUInt32()).ToArray(), Is.EqualTo(nextWords), "the generator's state afterwards");
        });
    }

    [Test]
    public void LoadCircles_GivesTheCourseShapesAndFirstExample()
    {
        var data = Datasets.LoadCircles();

        Assert.Multiple(() =>
        {
            Assert.That(data.TrainX.Shape, Is.EqualTo((2, 300)));
            Assert.That(data.TrainY.Shape, Is.EqualTo((1, 300)));
            Assert.That(data.TestX.Shape, Is.EqualTo((2, 100)));
            Assert.That(data.TestY.Shape, Is.EqualTo((1, 100)));
            Assert.That(data.TrainX[0, 0], Is.EqualTo(-0.07741354010048114));
            Assert.That(data.TrainX[1, 0], Is.EqualTo(0.8526022642742742));
            Assert.That(data.TrainY[0, 0], Is.EqualTo(1.0));
        });
    }

    [Test]
    public void LoadCircles_IsTheTransposeOfMakeCirclesWithTheCourseSeeds()
    {
        var data = Datasets.LoadCircles();
        var (trainX, trainY) = Datasets.MakeCircles(300, 0.05, new RandomState(1));
        var (testX, testY) = Datasets.MakeCircles(100, 0.05, new RandomState(2));

        Assert.Multiple(() =>
        {
            Assert.That(data.TrainX.ToArray(), Is.EqualTo(trainX.Transpose().ToArray()));
            Assert.That(data.TestX.ToArray(), Is.EqualTo(testX.Transpose().ToArray()));
            Assert.That(data.TrainY.ToArray(), Is.EqualTo(trainY.Select(v => (double)v).ToArray()));
            Assert.That(data.TestY.ToArray(), Is.EqualTo(testY.Select(v => (double)v).ToArray()));
        });
    }
}
