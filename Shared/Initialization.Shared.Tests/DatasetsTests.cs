using Newtonsoft.Json.Linq;

namespace Initialization.Shared.Tests;

public class DatasetsTests
{
    private static IEnumerable<TestCaseData> Cases() =>
        Fixture.Load("make_circles.json").Get("cases").Elements().Select(c => new TestCaseData(c).SetArgDisplayNames(
            $"n={c.Get("n_samples").Text()} noise={c.Get("noise").Text()} factor={c.Get("factor").Text()} shuffle={c.Get("shuffle").Text()} seed={c.Get("seed").Text()}"));

    [TestCaseSource(nameof(Cases))]
    public void MakeCircles_MatchesScikitLearnBitForBit(JToken fixture)
    {
        var rng = new RandomState(fixture.Get("seed").AsUInt32());
        var noise = fixture.Get("noise");

        var (x, y) = Datasets.MakeCircles(
            fixture.Get("n_samples").AsInt32(),
            noise.Type == JTokenType.Null ? null : noise.AsDouble(),
            rng,
            fixture.Get("factor").AsDouble(),
            fixture.Get("shuffle").AsBoolean());

        Assert.Multiple(() =>
        {
            Assert.That(x.Shape, Is.EqualTo((fixture.Get("n_samples").AsInt32(), 2)));
            Assert.That(Fixture.Bits(x.AsSpan()), Is.EqualTo(Fixture.Bits(fixture.Get("X"))));
            Assert.That(y, Is.EqualTo(Fixture.Ints(fixture.Get("y"))));
            var nextWords = Fixture.Words(fixture.Get("next_words"));
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
