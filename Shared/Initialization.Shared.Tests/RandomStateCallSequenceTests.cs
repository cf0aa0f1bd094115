using Newtonsoft.Json.Linq;

namespace Initialization.Shared.Tests;

/// <summary>
/// Replays scripts of mixed calls (Gaussian and uniform draws of odd and even counts, reseeding,
/// permutations, raw words) on one generator and compares every value with numpy's bits.
/// </summary>
public class RandomStateCallSequenceTests
{
    private static IEnumerable<TestCaseData> Sequences() =>
        Fixture.Load("random_state_calls.json").Get("sequences").Elements()
            .Select(s => new TestCaseData(s).SetArgDisplayNames($"seed {s.Get("seed").AsUInt32()}"));

    [TestCaseSource(nameof(Sequences))]
    public void EveryCallInTheScript_MatchesNumpyBitForBit(JToken sequence)
    {
        var rng = new RandomState(sequence.Get("seed").AsUInt32());
        var step = 0;
        foreach (var call in sequence.Get("steps").Elements())
        {
            var name = call.Get("call").AsString();
            var args = call.Get("args").Elements().ToArray();
            var what = $"step {step} ({name} {string.Join(", ", args.Select(a => a.Text()))})";
            switch (name)
            {
                case "randn":
                    AssertBits(rng.Randn(args[0].AsInt32(), args[1].AsInt32()).AsSpan(), call, what);
                    break;
                case "rand":
                    AssertBits(rng.Rand(args[0].AsInt32(), args[1].AsInt32()).AsSpan(), call, what);
                    break;
                case "normal":
                    AssertBits(rng.Normal(args[0].AsDouble(), args[1].AsDouble(), args[2].AsInt32(), args[3].AsInt32()).AsSpan(), call, what);
                    break;
                case "random_sample":
                    AssertBits([rng.RandomSample()], call, what);
                    break;
                case "standard_normal":
                    AssertBits([rng.StandardNormal()], call, what);
                    break;
                case "permutation":
                    Assert.That(rng.Permutation(args[0].AsInt32()), Is.EqualTo(Fixture.Ints(call.Get("indices"))), what);
                    break;
                case "uint32":
                    var words = Fixture.Words(call.Get("words"));
                    Assert.That(words.Select(_ => rng.NextUInt32()).ToArray(), Is.EqualTo(words), what);
                    break;
                case "seed":
                    rng.Seed(args[0].AsUInt32());
                    break;
                default:
                    Assert.Fail($"unknown call '{name}' in the fixture");
                    break;
            }

            step++;
        }
    }

    private static void AssertBits(ReadOnlySpan<double> actual, JToken call, string what) =>
        Assert.That(Fixture.Bits(actual), Is.EqualTo(Fixture.Bits(call.Get("values"))), what);
}
