using System.Runtime.Intrinsics;
using Newtonsoft.Json.Linq;

namespace Initialization.Shared.Tests;

/// <summary>
/// numpy's pairwise summation order, against np.sum of randn values (model_sums.json): the whole-span
/// sum, and the leaf-by-leaf sums the training kernels use, for single values and eight columns.
/// </summary>
public class NumpySumTests
{
    private static IEnumerable<TestCaseData> Cases() =>
        Fixture.Load("model_sums.json").Get("cases").Elements()
            .Select(c => new TestCaseData(c).SetArgDisplayNames($"n={c.Get("n").AsInt32()}"));

    [TestCaseSource(nameof(Cases))]
    public void Sum_IsNumpysSumBitForBit(JToken fixture)
    {
        var (values, _) = Data(fixture);

        Assert.That(Fixture.Bits([NumpySum.Sum(values)]), Is.EqualTo(new[] { fixture.Get("sum").AsString() }));
    }

    [TestCaseSource(nameof(Cases))]
    public void LeafSums_CombinedInNumpysOrder_AreNumpysSumBitForBit(JToken fixture)
    {
        var (values, _) = Data(fixture);
        var lengths = NumpySum.LeafLengths(values.Length);
        var leafSums = new double[lengths.Length];
        var start = 0;
        for (var leaf = 0; leaf < lengths.Length; leaf++)
        {
            leafSums[leaf] = NumpySum.LeafSum(values.AsSpan(start, lengths[leaf]));
            start += lengths[leaf];
        }

        Assert.That(lengths, Has.All.InRange(1, 128));
        Assert.That(lengths.Sum(), Is.EqualTo(values.Length));
        Assert.That(Fixture.Bits([NumpySum.CombineLeaves(leafSums, values.Length)]), Is.EqualTo(new[] { fixture.Get("sum").AsString() }));
    }

    [TestCaseSource(nameof(Cases))]
    public void LeafColumns_CombinedInNumpysOrder_AreNumpysRowSumsBitForBit(JToken fixture)
    {
        var (_, rows) = Data(fixture);
        var n = rows.Cols;
        // Example-major, as the kernels keep dz: example j's three values in lanes 0..2 of 8.
        var examples = new double[n * 8];
        for (var j = 0; j < n; j++)
        {
            for (var r = 0; r < 3; r++)
            {
                examples[(j * 8) + r] = rows[r, j];
            }
        }

        var lengths = NumpySum.LeafLengths(n);
        var leafSums = new Vector512<double>[lengths.Length];
        var start = 0;
        for (var leaf = 0; leaf < lengths.Length; leaf++)
        {
            leafSums[leaf] = NumpySum.LeafColumns(ref examples[start * 8], 8, lengths[leaf]);
            start += lengths[leaf];
        }

        var sums = NumpySum.CombineLeaves(leafSums, n);

        Assert.That(Fixture.Bits([sums[0], sums[1], sums[2]]), Is.EqualTo(Fixture.Bits(fixture.Get("row_sums"))));
    }

    /// <summary>The fixture's data, drawn again: RandomState(seed).randn(n), then .randn(3, n).</summary>
    private static (double[] Values, Matrix Rows) Data(JToken fixture)
    {
        var n = fixture.Get("n").AsInt32();
        var rng = new RandomState(fixture.Get("seed").AsUInt32());
        var values = rng.Randn(1, n).ToArray();
        return (values, rng.Randn(3, n));
    }
}
