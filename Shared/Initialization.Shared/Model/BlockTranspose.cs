using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Initialization.Shared.Model;

/// <summary>
/// Turns unit rows (one example per lane, as the forward pass and the deltas compute them) into
/// example rows (one unit per lane, as the weight-gradient sums need them).
/// </summary>
/// <remarks>
/// With AVX-512 the kernels transpose each block of eight examples in registers as they compute it
/// (<see cref="Store8x8"/>, <see cref="Store2x8"/>); elsewhere they store the rows only and
/// <see cref="RowsToExamples"/> copies them afterwards. Both give the same buffers.
/// </remarks>
internal static class BlockTranspose
{
    /// <summary>Whether the kernels can transpose in registers (AVX-512's two-vector shuffles).</summary>
    public static bool InRegisters => Avx512F.IsSupported;

    /// <summary>
    /// Stores the 8 x 8 block whose rows are r0..r7 by columns: column c (r0[c], …, r7[c]) goes to
    /// <paramref name="target"/> + c · <paramref name="lanes"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store8x8(
        Vector512<double> r0, Vector512<double> r1, Vector512<double> r2, Vector512<double> r3,
        Vector512<double> r4, Vector512<double> r5, Vector512<double> r6, Vector512<double> r7,
        ref double target, nuint lanes)
    {
        // Pairs of rows interleaved within 128-bit blocks, then the blocks gathered twice.
        var t0 = Avx512F.UnpackLow(r0, r1);
        var t1 = Avx512F.UnpackHigh(r0, r1);
        var t2 = Avx512F.UnpackLow(r2, r3);
        var t3 = Avx512F.UnpackHigh(r2, r3);
        var t4 = Avx512F.UnpackLow(r4, r5);
        var t5 = Avx512F.UnpackHigh(r4, r5);
        var t6 = Avx512F.UnpackLow(r6, r7);
        var t7 = Avx512F.UnpackHigh(r6, r7);
        var u0 = Avx512F.Shuffle4x128(t0, t2, 0x88);
        var u1 = Avx512F.Shuffle4x128(t0, t2, 0xDD);
        var u2 = Avx512F.Shuffle4x128(t1, t3, 0x88);
        var u3 = Avx512F.Shuffle4x128(t1, t3, 0xDD);
        var u4 = Avx512F.Shuffle4x128(t4, t6, 0x88);
        var u5 = Avx512F.Shuffle4x128(t4, t6, 0xDD);
        var u6 = Avx512F.Shuffle4x128(t5, t7, 0x88);
        var u7 = Avx512F.Shuffle4x128(t5, t7, 0xDD);
        Avx512F.Shuffle4x128(u0, u4, 0x88).StoreUnsafe(ref target);
        Avx512F.Shuffle4x128(u2, u6, 0x88).StoreUnsafe(ref target, lanes);
        Avx512F.Shuffle4x128(u1, u5, 0x88).StoreUnsafe(ref target, 2 * lanes);
        Avx512F.Shuffle4x128(u3, u7, 0x88).StoreUnsafe(ref target, 3 * lanes);
        Avx512F.Shuffle4x128(u0, u4, 0xDD).StoreUnsafe(ref target, 4 * lanes);
        Avx512F.Shuffle4x128(u2, u6, 0xDD).StoreUnsafe(ref target, 5 * lanes);
        Avx512F.Shuffle4x128(u1, u5, 0xDD).StoreUnsafe(ref target, 6 * lanes);
        Avx512F.Shuffle4x128(u3, u7, 0xDD).StoreUnsafe(ref target, 7 * lanes);
    }

    /// <summary>
    /// Stores two rows by columns: (r0[c], r1[c]) goes to <paramref name="target"/> + c · lanes;
    /// the rest of each target row is left alone.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store2x8(Vector512<double> r0, Vector512<double> r1, ref double target, nuint lanes)
    {
        // Block b of the low (high) interleave holds column 2b (2b + 1).
        var even = Avx512F.UnpackLow(r0, r1);
        var odd = Avx512F.UnpackHigh(r0, r1);
        even.GetLower().GetLower().StoreUnsafe(ref target);
        odd.GetLower().GetLower().StoreUnsafe(ref target, lanes);
        even.GetLower().GetUpper().StoreUnsafe(ref target, 2 * lanes);
        odd.GetLower().GetUpper().StoreUnsafe(ref target, 3 * lanes);
        even.GetUpper().GetLower().StoreUnsafe(ref target, 4 * lanes);
        odd.GetUpper().GetLower().StoreUnsafe(ref target, 5 * lanes);
        even.GetUpper().GetUpper().StoreUnsafe(ref target, 6 * lanes);
        odd.GetUpper().GetUpper().StoreUnsafe(ref target, 7 * lanes);
    }

    /// <summary>
    /// Copies <paramref name="rowCount"/> unit rows of <paramref name="stride"/> values into
    /// <paramref name="examples"/>: unit r of example j goes to j · lanes + r (lanes rowCount and up
    /// are left alone). The kernels' fallback without AVX-512.
    /// </summary>
    public static void RowsToExamples(ReadOnlySpan<double> rows, int rowCount, int stride, Span<double> examples, int lanes)
    {
        for (var j = 0; j < stride; j++)
        {
            var target = examples.Slice(j * lanes, rowCount);
            for (var r = 0; r < rowCount; r++)
            {
                target[r] = rows[(r * stride) + j];
            }
        }
    }
}
