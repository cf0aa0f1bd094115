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
            var r = Vector512.Create(a[..Accumulators]);
            var i = Accumulators;
            for (; i < n - (n % Accumulators); i += Accumulators)
            {
                r += Vector512.Create(a.Slice(i, Accumulators));
            }

            var result = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
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
    private static Vector512<double> PairwiseColumns(ref double first, int stride, int n)
    {
        if (n < Accumulators)
        {
            var sum = Vector512.Create(-0.0);
            for (var i = 0; i < n; i++)
            {
                sum += Row(ref first, stride, i);
            }

            return sum;
        }

        if (n <= BlockSize)
        {
            var r0 = Row(ref first, stride, 0);
            var r1 = Row(ref first, stride, 1);
            var r2 = Row(ref first, stride, 2);
            var r3 = Row(ref first, stride, 3);
            var r4 = Row(ref first, stride, 4);
            var r5 = Row(ref first, stride, 5);
            var r6 = Row(ref first, stride, 6);
            var r7 = Row(ref first, stride, 7);
            var i = Accumulators;
            for (; i < n - (n % Accumulators); i += Accumulators)
            {
                r0 += Row(ref first, stride, i);
                r1 += Row(ref first, stride, i + 1);
                r2 += Row(ref first, stride, i + 2);
                r3 += Row(ref first, stride, i + 3);
                r4 += Row(ref first, stride, i + 4);
                r5 += Row(ref first, stride, i + 5);
                r6 += Row(ref first, stride, i + 6);
                r7 += Row(ref first, stride, i + 7);
            }

            var result = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7));
            for (; i < n; i++)
            {
                result += Row(ref first, stride, i);
            }

            return result;
        }

        var half = n / 2;
        half -= half % Accumulators;
        return PairwiseColumns(ref first, stride, half) + PairwiseColumns(ref Unsafe.Add(ref first, half * stride), stride, n - half);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<double> Row(ref double first, int stride, int row) =>
        Vector512.LoadUnsafe(ref first, (nuint)((long)row * stride));
}
