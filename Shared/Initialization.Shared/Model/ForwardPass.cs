using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Initialization.Shared.Model;

/// <summary>
/// LINEAR → RELU → LINEAR → RELU → LINEAR → SIGMOID, as the course's <c>forward_propagation</c>,
/// bit for bit: each SIMD lane is one example, every pre-activation adds its products in numpy's
/// (reference BLAS) order, input 0 first, then the bias, and the sigmoid uses
/// <see cref="Math.Exp"/>, the C library's exp as numpy's.
/// </summary>
/// <remarks>
/// Buffers hold one row of <c>stride</c> values per unit (see <see cref="TrainingWorkspace"/>); eight
/// examples at a time go through all three layers in registers.
/// </remarks>
internal static class ForwardPass
{
    private const int W1Lanes = PackedParameters.Hidden1Lanes;
    private const int W2Lanes = PackedParameters.Hidden2Lanes;

    /// <summary>
    /// Runs every example of the rows: a1 (10 rows), a2 (5 rows) and the output probabilities a3
    /// (one row), all of <paramref name="stride"/> values.
    /// </summary>
    /// <param name="inputs">One row of <paramref name="stride"/> values per input feature.</param>
    /// <param name="stride">Values per row: a multiple of 8; the padding examples are computed too.</param>
    /// <param name="p">The parameters.</param>
    /// <param name="a1">Receives relu(z1).</param>
    /// <param name="a2">Receives relu(z2).</param>
    /// <param name="a3">Receives sigmoid(z3).</param>
    /// <param name="a2ByExamples">If not empty, also receives a2 example by example, 8 lanes each (training needs it).</param>
    public static void Run(ReadOnlySpan<double> inputs, int stride, PackedParameters p, Span<double> a1, Span<double> a2, Span<double> a3, Span<double> a2ByExamples = default)
    {
        // The kernel reads and writes without bounds checks: these checks cover every access.
        if (stride % 8 != 0 || inputs.Length < (long)p.InputSize * stride
            || a1.Length < (long)PackedParameters.Hidden1 * stride || a2.Length < (long)PackedParameters.Hidden2 * stride || a3.Length < stride
            || (!a2ByExamples.IsEmpty && a2ByExamples.Length < (long)stride * W2Lanes))
        {
            throw new ArgumentException("The buffers do not fit the examples.", nameof(stride));
        }

        var transposeHere = !a2ByExamples.IsEmpty && BlockTranspose.InRegisters;
        Layers(inputs, stride, p, a1, a2, a3, transposeHere ? a2ByExamples : default);
        if (!a2ByExamples.IsEmpty && !transposeHere)
        {
            BlockTranspose.RowsToExamples(a2, PackedParameters.Hidden2, stride, a2ByExamples, W2Lanes);
        }

        Sigmoid(a3[..stride]);
    }

    /// <summary>a1, a2 and z3 (into <paramref name="z3Row"/>), eight examples at a time; a2 transposed too if asked.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Layers(ReadOnlySpan<double> inputs, int stride, PackedParameters p, Span<double> a1Rows, Span<double> a2Rows, Span<double> z3Row, Span<double> a2ByExamples)
    {
        var transpose = !a2ByExamples.IsEmpty;
        ref var a2T = ref MemoryMarshal.GetReference(a2ByExamples);
        ref var x = ref MemoryMarshal.GetReference(inputs);
        ref var a1 = ref MemoryMarshal.GetReference(a1Rows);
        ref var a2 = ref MemoryMarshal.GetReference(a2Rows);
        ref var z3 = ref MemoryMarshal.GetReference(z3Row);
        ref var w1 = ref MemoryMarshal.GetArrayDataReference(p.W1Columns);
        ref var b1 = ref MemoryMarshal.GetArrayDataReference(p.B1);
        ref var w2 = ref MemoryMarshal.GetArrayDataReference(p.W2Columns);
        ref var b2 = ref MemoryMarshal.GetArrayDataReference(p.B2);
        ref var w3 = ref MemoryMarshal.GetArrayDataReference(p.W3);
        var b3 = Vector512.Create(p.B3);
        var inputSize = p.InputSize;
        var rowStride = (nuint)stride;
        for (nuint v = 0; v < rowStride; v += 8)
        {
            var h0 = Layer1Unit(ref x, rowStride, inputSize, ref w1, ref b1, 0, v);
            var h1 = Layer1Unit(ref x, rowStride, inputSize, ref w1, ref b1, 1, v);
            var h2 = Layer1Unit(ref x, rowStride, inputSize, ref w1, ref b1, 2, v);
            var h3 = Layer1Unit(ref x, rowStride, inputSize, ref w1, ref b1, 3, v);
            var h4 = Layer1Unit(ref x, rowStride, inputSize, ref w1, ref b1, 4, v);
            var h5 = Layer1Unit(ref x, rowStride, inputSize, ref w1, ref b1, 5, v);
            var h6 = Layer1Unit(ref x, rowStride, inputSize, ref w1, ref b1, 6, v);
            var h7 = Layer1Unit(ref x, rowStride, inputSize, ref w1, ref b1, 7, v);
            var h8 = Layer1Unit(ref x, rowStride, inputSize, ref w1, ref b1, 8, v);
            var h9 = Layer1Unit(ref x, rowStride, inputSize, ref w1, ref b1, 9, v);
            h0.StoreUnsafe(ref a1, v);
            h1.StoreUnsafe(ref a1, rowStride + v);
            h2.StoreUnsafe(ref a1, (2 * rowStride) + v);
            h3.StoreUnsafe(ref a1, (3 * rowStride) + v);
            h4.StoreUnsafe(ref a1, (4 * rowStride) + v);
            h5.StoreUnsafe(ref a1, (5 * rowStride) + v);
            h6.StoreUnsafe(ref a1, (6 * rowStride) + v);
            h7.StoreUnsafe(ref a1, (7 * rowStride) + v);
            h8.StoreUnsafe(ref a1, (8 * rowStride) + v);
            h9.StoreUnsafe(ref a1, (9 * rowStride) + v);

            var g0 = Layer2Unit(h0, h1, h2, h3, h4, h5, h6, h7, h8, h9, ref w2, ref b2, 0);
            var g1 = Layer2Unit(h0, h1, h2, h3, h4, h5, h6, h7, h8, h9, ref w2, ref b2, 1);
            var g2 = Layer2Unit(h0, h1, h2, h3, h4, h5, h6, h7, h8, h9, ref w2, ref b2, 2);
            var g3 = Layer2Unit(h0, h1, h2, h3, h4, h5, h6, h7, h8, h9, ref w2, ref b2, 3);
            var g4 = Layer2Unit(h0, h1, h2, h3, h4, h5, h6, h7, h8, h9, ref w2, ref b2, 4);
            g0.StoreUnsafe(ref a2, v);
            g1.StoreUnsafe(ref a2, rowStride + v);
            g2.StoreUnsafe(ref a2, (2 * rowStride) + v);
            g3.StoreUnsafe(ref a2, (3 * rowStride) + v);
            g4.StoreUnsafe(ref a2, (4 * rowStride) + v);
            if (transpose)
            {
                var zero = Vector512<double>.Zero;
                BlockTranspose.Store8x8(g0, g1, g2, g3, g4, zero, zero, zero, ref Unsafe.Add(ref a2T, v * W2Lanes), W2Lanes);
            }

            // z3 adds W3[r] · a2[r] over r = 0..4 in order, then b3.
            var z = Vector512.Create(w3) * g0;
            z += Vector512.Create(Unsafe.Add(ref w3, 1)) * g1;
            z += Vector512.Create(Unsafe.Add(ref w3, 2)) * g2;
            z += Vector512.Create(Unsafe.Add(ref w3, 3)) * g3;
            z += Vector512.Create(Unsafe.Add(ref w3, 4)) * g4;
            (z + b3).StoreUnsafe(ref z3, v);
        }
    }

    /// <summary>relu(W1[i, 0] · x0 + W1[i, 1] · x1 + … + b1[i]) for eight examples.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<double> Layer1Unit(ref double x, nuint stride, int inputSize, ref double w1, ref double b1, int unit, nuint v)
    {
        var sum = Vector512.Create(Unsafe.Add(ref w1, unit)) * Vector512.LoadUnsafe(ref x, v);
        for (var k = 1; k < inputSize; k++)
        {
            sum += Vector512.Create(Unsafe.Add(ref w1, (k * W1Lanes) + unit)) * Vector512.LoadUnsafe(ref x, ((nuint)k * stride) + v);
        }

        return Relu(sum + Vector512.Create(Unsafe.Add(ref b1, unit)));
    }

    /// <summary>relu(W2[r, 0] · a1[0] + … + W2[r, 9] · a1[9] + b2[r]) for eight examples.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<double> Layer2Unit(
        Vector512<double> h0, Vector512<double> h1, Vector512<double> h2, Vector512<double> h3, Vector512<double> h4,
        Vector512<double> h5, Vector512<double> h6, Vector512<double> h7, Vector512<double> h8, Vector512<double> h9,
        ref double w2, ref double b2, int unit)
    {
        var sum = Vector512.Create(Unsafe.Add(ref w2, unit)) * h0;
        sum += Vector512.Create(Unsafe.Add(ref w2, W2Lanes + unit)) * h1;
        sum += Vector512.Create(Unsafe.Add(ref w2, (2 * W2Lanes) + unit)) * h2;
        sum += Vector512.Create(Unsafe.Add(ref w2, (3 * W2Lanes) + unit)) * h3;
        sum += Vector512.Create(Unsafe.Add(ref w2, (4 * W2Lanes) + unit)) * h4;
        sum += Vector512.Create(Unsafe.Add(ref w2, (5 * W2Lanes) + unit)) * h5;
        sum += Vector512.Create(Unsafe.Add(ref w2, (6 * W2Lanes) + unit)) * h6;
        sum += Vector512.Create(Unsafe.Add(ref w2, (7 * W2Lanes) + unit)) * h7;
        sum += Vector512.Create(Unsafe.Add(ref w2, (8 * W2Lanes) + unit)) * h8;
        sum += Vector512.Create(Unsafe.Add(ref w2, (9 * W2Lanes) + unit)) * h9;
        return Relu(sum + Vector512.Create(Unsafe.Add(ref b2, unit)));
    }

    /// <summary>numpy's maximum(0, z): MaxNative with 0 first keeps a NaN, as numpy does (a zero's sign may differ).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<double> Relu(Vector512<double> z) => Vector512.MaxNative(Vector512<double>.Zero, z);

    /// <summary>In place: z becomes 1 / (1 + exp(−z)).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Sigmoid(Span<double> values)
    {
        // exp one value at a time (no vector exp rounds like libm), in a loop of its own so that no
        // vector register has to survive the calls; 1 / (1 + e) is exact, so vectors give the same.
        ref var value = ref MemoryMarshal.GetReference(values);
        for (var i = 0; i < values.Length; i++)
        {
            Unsafe.Add(ref value, i) = Math.Exp(-Unsafe.Add(ref value, i));
        }

        var one = Vector512<double>.One;
        for (nuint i = 0; i < (nuint)values.Length; i += 8)
        {
            (one / (one + Vector512.LoadUnsafe(ref value, i))).StoreUnsafe(ref value, i);
        }
    }
}
