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

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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

    /// <summary>
    /// The runs ("leaves") numpy's pairwise sum of <paramref name="n"/> values adds up with its eight
    /// accumulators, in order; <see cref="CombineLeaves(ReadOnlySpan{double}, int)"/> adds their
    /// sums in numpy's order. For callers that produce the values in order and sum each leaf while
    /// it is still in the cache.
    /// </summary>
    /// <param name="n">Number of values, at least 1.</param>
    /// <returns>The leaves' lengths, each at most 128; they add up to n.</returns>
    public static int[] LeafLengths(int n)
    {
        var lengths = new List<int>();
        for (var start = 0; start < n; start += BufferSize)
        {
            AddLeaves(Math.Min(BufferSize, n - start), lengths);
        }

        return [.. lengths];
    }

    /// <summary>
    /// The column sums of one leaf of <paramref name="rowCount"/> rows (at most 128, as
    /// <see cref="LeafLengths"/> gives them), eight columns starting at <paramref name="first"/>:
    /// each lane is one column's sum, added as numpy adds it.
    /// </summary>
    /// <param name="first">The leaf's first row, at the first of the eight columns.</param>
    /// <param name="stride">Values from one row to the next.</param>
    /// <param name="rowCount">Rows in the leaf.</param>
    /// <returns>The eight column sums.</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Vector512<double> LeafColumns(ref double first, int stride, int rowCount)
    {
        if (rowCount < Accumulators)
        {
            var sum = Vector512.Create(-0.0);
            for (var k = 0; k < rowCount; k++)
            {
                sum += Vector512.LoadUnsafe(ref first, (nuint)(k * stride));
            }

            return sum;
        }

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
        for (; i < rowCount - (rowCount % Accumulators); i += Accumulators)
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
        for (; i < rowCount; i++)
        {
            result += Vector512.LoadUnsafe(ref row);
            row = ref Unsafe.Add(ref row, stride);
        }

        return result;
    }

    /// <summary>One leaf's sum (at most 128 values, as <see cref="LeafLengths"/> gives them), as numpy adds it.</summary>
    /// <param name="leaf">The leaf's values.</param>
    /// <returns>Their sum.</returns>
    public static double LeafSum(ReadOnlySpan<double> leaf) => Pairwise(leaf);

    /// <summary>The sum of all <paramref name="n"/> values from their leaves' sums, added in numpy's order.</summary>
    /// <param name="leafSums">The sums of the leaves <see cref="LeafLengths"/>(n) gave, in order.</param>
    /// <param name="n">The number of values.</param>
    /// <returns>What <c>np.sum</c> gives.</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static double CombineLeaves(ReadOnlySpan<double> leafSums, int n)
    {
        var total = 0.0;
        var next = 0;
        for (var start = 0; start < n; start += BufferSize)
        {
            total += Tree(leafSums, ref next, Math.Min(BufferSize, n - start));
        }

        return total;
    }

    /// <summary><see cref="CombineLeaves(ReadOnlySpan{double}, int)"/> for eight columns at once.</summary>
    /// <param name="leafSums">The leaves' column sums, in order.</param>
    /// <param name="n">The number of rows.</param>
    /// <returns>The eight columns' sums.</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Vector512<double> CombineLeaves(ReadOnlySpan<Vector512<double>> leafSums, int n)
    {
        var total = Vector512<double>.Zero;
        var next = 0;
        for (var start = 0; start < n; start += BufferSize)
        {
            total += Tree(leafSums, ref next, Math.Min(BufferSize, n - start));
        }

        return total;
    }

    private static void AddLeaves(int n, List<int> lengths)
    {
        if (n <= BlockSize)
        {
            lengths.Add(n);
            return;
        }

        var half = n / 2;
        half -= half % Accumulators;
        AddLeaves(half, lengths);
        AddLeaves(n - half, lengths);
    }

    private static double Tree(ReadOnlySpan<double> leafSums, ref int next, int n)
    {
        if (n <= BlockSize)
        {
            return leafSums[next++];
        }

        var half = n / 2;
        half -= half % Accumulators;
        var first = Tree(leafSums, ref next, half);
        return first + Tree(leafSums, ref next, n - half);
    }

    private static Vector512<double> Tree(ReadOnlySpan<Vector512<double>> leafSums, ref int next, int n)
    {
        if (n <= BlockSize)
        {
            return leafSums[next++];
        }

        var half = n / 2;
        half -= half % Accumulators;
        var first = Tree(leafSums, ref next, half);
        return first + Tree(leafSums, ref next, n - half);
    }
}
