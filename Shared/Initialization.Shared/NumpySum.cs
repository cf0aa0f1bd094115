using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Initialization.Shared;

/// <summary>
/// numpy's summation order for <c>np.sum</c> over a contiguous axis: pairwise sums of blocks of at
/// most 128 values, each added with eight interleaved accumulators, over buffers of 8192 values.
/// Following it keeps sums (and so costs and trained parameters) identical to numpy's to the last bit.
/// </summary>
/// <remarks>
/// The eight accumulators are exactly the eight lanes of a <see cref="Vector512{T}"/>, so adding
/// eight values at a time is still numpy's order: the vector code is exact, not an approximation.
/// </remarks>
internal static class NumpySum
{
    private const int BlockSize = 128;
    private const int BufferSize = 8192;
    private const int Accumulators = 8;

    /// <summary>The sum of <paramref name="values"/>, added in numpy's order.</summary>
    public static double Sum(ReadOnlySpan<double> values)
    {
        var total = 0.0;
        for (var start = 0; start < values.Length; start += BufferSize)
        {
            total += Pairwise(values.Slice(start, Math.Min(BufferSize, values.Length - start)));
        }

        return total;
    }

    private static double Pairwise(ReadOnlySpan<double> a)
    {
        var n = a.Length;
        if (n < Accumulators)
        {
            var sum = -0.0;
            foreach (var value in a)
            {
                sum += value;
            }

            return sum;
        }

        if (n <= BlockSize)
        {
            // Lane k accumulates a[k], a[k + 8], a[k + 16], ...: numpy's accumulator r[k].
            ref var first = ref MemoryMarshal.GetReference(a);
            var r = Vector512.LoadUnsafe(ref first);
            var i = Accumulators;
            for (; i < n - (n % Accumulators); i += Accumulators)
            {
                r += Vector512.LoadUnsafe(ref first, (nuint)i);
            }

            // ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7)), numpy's order, by swapping lanes.
            r += Vector512.Shuffle(r, Vector512.Create(1L, 0, 3, 2, 5, 4, 7, 6));
            r += Vector512.Shuffle(r, Vector512.Create(2L, 3, 0, 1, 6, 7, 4, 5));
            r += Vector512.Shuffle(r, Vector512.Create(4L, 5, 6, 7, 0, 1, 2, 3));
            var result = r.ToScalar();
            for (; i < n; i++)
            {
                result += a[i];
            }

            return result;
        }

        var half = n / 2;
        half -= half % Accumulators;
        return Pairwise(a[..half]) + Pairwise(a[half..]);
    }
}
