namespace Initialization.Shared.Tests;

/// <summary>
/// The vectorized bulk Gaussian fill must consume and return exactly what the one-pair-at-a-time
/// polar method does, whatever the count, the word alignment and the cached value.
/// </summary>
public class GaussianBulkTests
{
    [Test]
    public void FillStandardNormal_OfAnyCountAndAlignment_EqualsOneDrawAtATime(
        [Values(1, 2, 3, 4, 5, 7, 8, 9, 15, 16, 17, 155, 156, 157, 511, 512, 513, 1000, 2501)] int count,
        [Values(0, 1, 3)] int wordsDrawnBefore,
        [Values(false, true)] bool startWithCachedValue)
    {
        var bulk = Prepare(new RandomState(2718), wordsDrawnBefore, startWithCachedValue);
        var single = Prepare(new RandomState(2718), wordsDrawnBefore, startWithCachedValue);

        var filled = new double[count];
        bulk.FillStandardNormal(filled);
        var drawn = filled.Select(_ => single.StandardNormal()).ToArray();

        Assert.Multiple(() =>
        {
            Assert.That(Fixture.Bits(filled), Is.EqualTo(Fixture.Bits(drawn)));
            Assert.That(bulk.StandardNormal(), Is.EqualTo(single.StandardNormal()), "the cached value left behind");
            Assert.That(bulk.NextUInt32(), Is.EqualTo(single.NextUInt32()), "the words consumed");
        });
    }

    private static RandomState Prepare(RandomState rng, int words, bool cached)
    {
        for (var i = 0; i < words; i++)
        {
            rng.NextUInt32();
        }

        if (cached)
        {
            rng.StandardNormal();
        }

        return rng;
    }
}
