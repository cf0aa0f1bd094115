using System.Security.Cryptography;
using Newtonsoft.Json.Linq;

namespace Initialization.Shared.Tests;

public class PermutationTests
{
    private static IEnumerable<TestCaseData> Cases() =>
        Fixture.Load("permutations.json").Get("cases").Elements()
            .Select(c => new TestCaseData(c).SetArgDisplayNames($"seed {c.Get("seed").AsUInt32()}"));

    [TestCaseSource(nameof(Cases))]
    public void PermutationsOfEverySizeFrom1To1000_DrawnInSequence_MatchNumpy(JToken fixture)
    {
        var rng = new RandomState(fixture.Get("seed").AsUInt32());
        var digests = fixture.Get("sha256_of_int64_le").Elements().Select(d => d.AsString()).ToArray();
        var full = fixture.Get("full");

        for (var n = 1; n <= 1000; n++)
        {
            var permutation = rng.Permutation(n);

            if (full.TryGet(n.ToString(System.Globalization.CultureInfo.InvariantCulture), out var expected))
            {
                Assert.That(permutation, Is.EqualTo(Fixture.Ints(expected)), $"permutation({n})");
            }

            Assert.That(Sha256OfInt64(permutation), Is.EqualTo(digests[n - 1]), $"permutation({n})");
        }
    }

    [Test]
    public void Shuffle_OfAnArray_DrawsLikePermutation()
    {
        var values = Enumerable.Range(0, 50).Select(i => $"item {i}").ToArray();

        new RandomState(17).Shuffle(values);
        var order = new RandomState(17).Permutation(50);

        Assert.That(values, Is.EqualTo(order.Select(i => $"item {i}").ToArray()));
    }

    [Test]
    public void Shuffle_OfAnEmptyOrSingleSpan_DrawsNothing()
    {
        var rng = new RandomState(5);
        rng.Shuffle(Span<int>.Empty);
        rng.Shuffle(new[] { 42 }.AsSpan());

        Assert.That(rng.NextUInt32(), Is.EqualTo(new RandomState(5).NextUInt32()));
    }

    private static string Sha256OfInt64(int[] values)
    {
        var bytes = new byte[values.Length * sizeof(long)];
        for (var i = 0; i < values.Length; i++)
        {
            BitConverter.TryWriteBytes(bytes.AsSpan(i * sizeof(long)), (long)values[i]);
        }

        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }
}
