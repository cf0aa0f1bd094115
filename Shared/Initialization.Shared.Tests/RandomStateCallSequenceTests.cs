using System.Text.Json;

namespace Initialization.Shared.Tests;

/// <summary>
/// Replays scripts of mixed calls (Gaussian and uniform draws of odd and even counts, reseeding,
/// permutations, raw words) on one generator and compares every value with numpy's bits.
/// </summary>
public class RandomStateCallSequenceTests
{
    private static IEnumerable<TestCaseData> Sequences() =>
        Fixture.Load("random_state_calls.json").GetProperty("sequences").EnumerateArray()
            .Select(s => new TestCaseData(s).SetArgDisplayNames($"seed {s.GetProperty("seed").GetUInt32()}"));

    [TestCaseSource(nameof(Sequences))]
    public void EveryCallInTheScript_MatchesNumpyBitForBit(JsonElement sequence)
    {
        var rng = new RandomState(sequence.GetProperty("seed").GetUInt32());
        var step = 0;
        foreach (var call in sequence.GetProperty("steps").EnumerateArray())
        {
            var name = call.GetProperty("call").GetString();
            var args = call.GetProperty("args").EnumerateArray().ToArray();
            var what = $"step {step} ({name} {string.Join(", ", args.Select(a => a.ToString()))})";
            switch (name)
            {
                case "randn":
                    AssertBits(rng.Randn(args[0].GetInt32(), args[1].GetInt32()).AsSpan(), call, what);
                    break;
                case "rand":
                    AssertBits(rng.Rand(args[0].GetInt32(), args[1].GetInt32()).AsSpan(), call, what);
                    break;
                case "normal":
                    AssertBits(rng.Normal(args[0].GetDouble(), args[1].GetDouble(), args[2].GetInt32(), args[3].GetInt32()).AsSpan(), call, what);
                    break;
                case "random_sample":
                    AssertBits([rng.RandomSample()], call, what);
                    break;
                case "standard_normal":
                    AssertBits([rng.StandardNormal()], call, what);
                    break;
                case "permutation":
                    Assert.That(rng.Permutation(args[0].GetInt32()), Is.EqualTo(Fixture.Ints(call.GetProperty("indices"))), what);
                    break;
                case "uint32":
                    var words = Fixture.Words(call.GetProperty("words"));
                    Assert.That(words.Select(_ => rng.NextUInt32()).ToArray(), Is.EqualTo(words), what);
                    break;
                case "seed":
                    rng.Seed(args[0].GetUInt32());
                    break;
                default:
                    Assert.Fail($"unknown call '{name}' in the fixture");
                    break;
            }

            step++;
        }
    }

    private static void AssertBits(ReadOnlySpan<double> actual, JsonElement call, string what) =>
        Assert.That(Fixture.Bits(actual), Is.EqualTo(Fixture.Bits(call.GetProperty("values"))), what);
}
