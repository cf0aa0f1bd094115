using System.Runtime.CompilerServices;
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

    /// <summary>
    /// The sums down the columns of <paramref name="rowCount"/> rows of <paramref name="rowLength"/>
    /// values each, every column added in numpy's order: for a buffer holding one example per row
    /// and one unit per column, what <c>np.sum(dz, axis=1)</c> gives for the (units, examples) array.
    /// </summary>
    /// <param name="rows">Row after row; at least rowCount · rowLength values.</param>
    /// <param name="rowLength">Values per row, a multiple of 8 (a whole number of vectors).</param>
    /// <param name="rowCount">Number of rows (examples) to add up.</param>
    /// <param name="sums">Receives the rowLength column sums.</param>
    public static void SumColumns(ReadOnlySpan<double> rows, int rowLength, int rowCount, Span<double> sums)
    {
        if (rowLength % Accumulators != 0 || rows.Length < (long)rowLength * rowCount || sums.Length < rowLength)
        {
            throw new ArgumentException("The rows must be whole vectors and the buffers large enough for them.", nameof(rows));
        }

        // The checks above make every unchecked load below fall inside rows.
        ref var first = ref MemoryMarshal.GetReference(rows);
        for (var column = 0; column < rowLength; column += Accumulators)
        {
            var total = Vector512<double>.Zero;
            for (var start = 0; start < rowCount; start += BufferSize)
            {
                var count = Math.Min(BufferSize, rowCount - start);
                total += PairwiseColumns(ref Unsafe.Add(ref first, (start * rowLength) + column), rowLength, count);
            }

            total.CopyTo(sums[column..]);
        }
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

    /// <summary><see cref="Pairwise"/> for eight columns at once: each lane is one column's sum.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Vector512<double> PairwiseColumns(ref double first, int stride, int n)
    {
        if (n < Accumulators)
        {
            var sum = Vector512.Create(-0.0);
            for (var i = 0; i < n; i++)
            {
                sum += Vector512.LoadUnsafe(ref first, (nuint)(i * stride));
            }

            return sum;
        }

        if (n <= BlockSize)
        {
            var r0 = Vector512.LoadUnsafe(ref first);
            var r1 = Vector512.LoadUnsafe(ref first, (nuint)stride);
            var r2 = Vector512.LoadUnsafe(ref first, (nuint)(2 * stride));
            var r3 = Vector512.LoadUnsafe(ref first, (nuint)(3 * stride));
            var r4 = Vector512.LoadUnsafe(ref first, (nuint)(4 * stride));
            var r5 = Vector512.LoadUnsafe(ref first, (nuint)(5 * stride));
            var r6 = Vector512.LoadUnsafe(ref first, (nuint)(6 * stride));
            var r7 = Vector512.LoadUnsafe(ref first, (nuint)(7 * stride));
            ref var row = ref Unsafe.Add(ref first, Accumulators * stride);
            var i = Accumulators;
            for (; i < n - (n % Accumulators); i += Accumulators)
            {
                r0 += Vector512.LoadUnsafe(ref row);
                row = ref Unsafe.Add(ref row, stride);
                r1 += Vector512.LoadUnsafe(ref row);
                row = ref Unsafe.Add(ref row, stride);
                r2 += Vector512.LoadUnsafe(ref row);
                row = ref Unsafe.Add(ref row, stride);
                r3 += Vector512.LoadUnsafe(ref row);
                row = ref Unsafe.Add(ref row, stride);
                r4 += Vector512.LoadUnsafe(ref row);
                row = ref Unsafe.Add(ref row, stride);
                r5 += Vector512.LoadUnsafe(ref row);
                row = ref Unsafe.Add(ref row, stride);
                r6 += Vector512.LoadUnsafe(ref row);
                row = ref Unsafe.Add(ref row, stride);
                r7 += Vector512.LoadUnsafe(ref row);
                row = ref Unsafe.Add(ref row, stride);
            }

            var result = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7));
            for (; i < n; i++)
            {
                result += Vector512.LoadUnsafe(ref row);
                row = ref Unsafe.Add(ref row, stride);
            }

            return result;
        }

        var half = n / 2;
        half -= half % Accumulators;
        // The later half first: the rows written last are the likeliest still in the L1 cache.
        var later = PairwiseColumns(ref Unsafe.Add(ref first, half * stride), stride, n - half);
        return PairwiseColumns(ref first, stride, half) + later;
    }
}
