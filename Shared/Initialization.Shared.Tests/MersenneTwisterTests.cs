namespace Initialization.Shared.Tests;

public class MersenneTwisterTests
{
    private static IEnumerable<TestCaseData> Cases() =>
        Fixture.Load("mt19937.json").Get("cases").Elements()
            .Select(c => new TestCaseData(c.Get("seed").AsUInt32(), Fixture.Words(c.Get("words"))).SetArgDisplayNames($"seed {c.Get("seed").AsUInt32()}"));

    [TestCaseSource(nameof(Cases))]
    public void NextUInt32_AcrossSeveralTwists_MatchesNumpyWords(uint seed, uint[] expected)
    {
        var rng = new RandomState(seed);

        var actual = expected.Select(_ => rng.NextUInt32()).ToArray();

        Assert.That(actual, Is.EqualTo(expected));
    }

    [Test]
    public void Seed_AfterDraws_RestartsTheSameSequence()
    {
        var rng = new RandomState(99);
        var first = Enumerable.Range(0, 700).Select(_ => rng.NextUInt32()).ToArray();

        rng.Seed(99);
        var second = Enumerable.Range(0, 700).Select(_ => rng.NextUInt32()).ToArray();

        Assert.That(second, Is.EqualTo(first));
    }
}
