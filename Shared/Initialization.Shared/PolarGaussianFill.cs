using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Initialization.Shared;

/// <summary>
/// Bulk standard-normal draws with numpy's legacy polar method, bit for bit.
/// </summary>
/// <remarks>
/// numpy draws one pair at a time: two uniforms, reject until 0 &lt; r2 &lt; 1, then
/// f = sqrt(-2 log(r2) / r2), returning f*x2 and keeping f*x1. Doing the same one pair at a time
/// leaves the CPU waiting on each logarithm. Here a chunk of accepted pairs is collected first
/// (consuming exactly the words numpy consumes), then the logarithms run back to back, and the
/// square roots, divisions and products, which IEEE 754 rounds the same in vector registers,
/// run vectorized. The logarithm stays the platform's <see cref="Math.Log(double)"/>, as numpy's is.
/// </remarks>
internal static class PolarGaussianFill
{
    private const int ChunkPairs = 256;
    private const int WordsPerPair = 4;

    public static void Fill(RandomState rng, Span<double> destination)
    {
        if (destination.IsEmpty)
        {
            return;
        }

        var start = 0;
        if (rng.TryTakeCachedGaussian(out var cached))
        {
            destination[0] = cached;
            start = 1;
        }

        var remaining = destination[start..];
        var pairs = remaining.Length / 2;

        // Pair k is stored as x[2k] = x2, x[2k+1] = x1: the order numpy returns f*x2, f*x1 in.
        Span<double> x = stackalloc double[2 * ChunkPairs];
        Span<double> r2 = stackalloc double[ChunkPairs];
        Span<double> f = stackalloc double[ChunkPairs];

        for (var done = 0; done < pairs;)
        {
            var count = Math.Min(ChunkPairs, pairs - done);
            CollectAcceptedPairs(rng.Twister, x[..(2 * count)], r2[..count]);
            ComputeFactors(r2[..count], f[..count]);
            Scale(f[..count], x[..(2 * count)], remaining.Slice(2 * done, 2 * count));
            done += count;
        }

        if (remaining.Length % 2 == 1)
        {
            CollectAcceptedPairs(rng.Twister, x[..2], r2[..1]);
            ComputeFactors(r2[..1], f[..1]);
            remaining[^1] = f[0] * x[0];
            rng.CacheGaussian(f[0] * x[1]);
        }
    }

    /// <summary>Draws uniforms pairwise until r2.Length pairs are accepted; stores x2, x1 and r2.</summary>
    private static void CollectAcceptedPairs(MersenneTwister twister, Span<double> x, Span<double> r2)
    {
        ref var block = ref MemoryMarshal.GetArrayDataReference(twister.Block);
        ref var xs = ref MemoryMarshal.GetReference(x);
        ref var radii = ref MemoryMarshal.GetReference(r2);
        var position = twister.Position;
        var wanted = r2.Length;
        var accepted = 0;

        while (accepted < wanted)
        {
            // Four candidate pairs at a time, but only while even four acceptances cannot
            // overshoot: the words consumed must be exactly numpy's.
            if (Vector256.IsHardwareAccelerated && wanted - accepted >= 4 && position + (4 * WordsPerPair) <= MersenneTwister.StateLength)
            {
                ref var words = ref Unsafe.As<uint, ulong>(ref Unsafe.Add(ref block, position));
                var (x1s, x2s, radii4) = FourCandidatePairs(Vector256.LoadUnsafe(ref words), Vector256.LoadUnsafe(ref words, 4));
                position += 4 * WordsPerPair;
                var acceptedLanes = (Vector256.LessThan(radii4, Vector256<double>.One) & ~Vector256.Equals(radii4, Vector256<double>.Zero)).ExtractMostSignificantBits();
                for (var lane = 0; lane < 4; lane++)
                {
                    // Write unconditionally and advance only on acceptance: a rejection (one pair in
                    // five) costs no mispredicted branch.
                    Unsafe.Add(ref xs, 2 * accepted) = x2s.GetElement(lane);
                    Unsafe.Add(ref xs, (2 * accepted) + 1) = x1s.GetElement(lane);
                    Unsafe.Add(ref radii, accepted) = radii4.GetElement(lane);
                    accepted += (int)((acceptedLanes >> lane) & 1);
                }

                continue;
            }

            uint w0, w1, w2, w3;
            if (position <= MersenneTwister.StateLength - WordsPerPair)
            {
                w0 = Unsafe.Add(ref block, position);
                w1 = Unsafe.Add(ref block, position + 1);
                w2 = Unsafe.Add(ref block, position + 2);
                w3 = Unsafe.Add(ref block, position + 3);
                position += WordsPerPair;
            }
            else
            {
                // The pair straddles the end of the block: take words one by one across the twist.
                twister.Position = position;
                w0 = twister.NextUInt32();
                w1 = twister.NextUInt32();
                w2 = twister.NextUInt32();
                w3 = twister.NextUInt32();
                position = twister.Position;
            }

            var x1 = (2.0 * RandomState.ToDouble(w0 >> 5, w1 >> 6)) - 1.0;
            var x2 = (2.0 * RandomState.ToDouble(w2 >> 5, w3 >> 6)) - 1.0;
            var radius = (x1 * x1) + (x2 * x2);
            Unsafe.Add(ref xs, 2 * accepted) = x2;
            Unsafe.Add(ref xs, (2 * accepted) + 1) = x1;
            Unsafe.Add(ref radii, accepted) = radius;
            accepted += (radius < 1.0) & (radius != 0.0) ? 1 : 0;
        }

        twister.Position = position;
    }

    /// <summary>
    /// Four candidate pairs from 16 consecutive words, read as 8 little-endian 64-bit lanes
    /// (word 2m low, word 2m+1 high). Pair j takes lanes 2j (x1) and 2j+1 (x2).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (Vector256<double> X1, Vector256<double> X2, Vector256<double> R2) FourCandidatePairs(Vector256<ulong> lanes0To3, Vector256<ulong> lanes4To7)
    {
        var low = Vector256.Shuffle(Uniforms(lanes0To3), Vector256.Create(0L, 2, 1, 3));
        var high = Vector256.Shuffle(Uniforms(lanes4To7), Vector256.Create(0L, 2, 1, 3));
        var x1 = (Vector256.Create(low.GetLower(), high.GetLower()) * 2.0) - Vector256<double>.One;
        var x2 = (Vector256.Create(low.GetUpper(), high.GetUpper()) * 2.0) - Vector256<double>.One;
        return (x1, x2, (x1 * x1) + (x2 * x2));
    }

    /// <summary>
    /// numpy's double from each lane's two words: ((low >> 5) * 2^26 + (high >> 6)) / 2^53. Each
    /// part (at most 27 bits) becomes a double exactly through the 2^52 exponent trick.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<double> Uniforms(Vector256<ulong> lanes)
    {
        var twoTo52Bits = Vector256.Create(0x4330000000000000UL);
        var twoTo52 = Vector256.Create(4503599627370496.0);
        var a = (((lanes & Vector256.Create(0xffffffffUL)) >> 5) | twoTo52Bits).AsDouble() - twoTo52;
        var b = ((lanes >> 38) | twoTo52Bits).AsDouble() - twoTo52;
        return ((a * 67108864.0) + b) * (1.0 / 9007199254740992.0);
    }

    /// <summary>f = sqrt(-2 log(r2) / r2), evaluated in numpy's order of operations.</summary>
    private static void ComputeFactors(ReadOnlySpan<double> r2, Span<double> f)
    {
        for (var k = 0; k < r2.Length; k++)
        {
            f[k] = Math.Log(r2[k]);
        }

        var i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            var minusTwo = Vector256.Create(-2.0);
            for (; i + 4 <= f.Length; i += 4)
            {
                var log = Vector256.Create<double>(f.Slice(i, 4));
                var radius = Vector256.Create<double>(r2.Slice(i, 4));
                Vector256.Sqrt(minusTwo * log / radius).CopyTo(f.Slice(i, 4));
            }
        }

        for (; i < f.Length; i++)
        {
            f[i] = Math.Sqrt(-2.0 * f[i] / r2[i]);
        }
    }

    /// <summary>output[2k] = f[k] * x2, output[2k+1] = f[k] * x1.</summary>
    private static void Scale(ReadOnlySpan<double> f, ReadOnlySpan<double> x, Span<double> output)
    {
        for (var k = 0; k < f.Length; k++)
        {
            output[2 * k] = f[k] * x[2 * k];
            output[(2 * k) + 1] = f[k] * x[(2 * k) + 1];
        }
    }
}
