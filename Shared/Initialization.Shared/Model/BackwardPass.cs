using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Initialization.Shared.Model;

/// <summary>
/// The course's <c>backward_propagation</c>, bit for bit: dz3 = (1/m)(a3 − y), dW3 = dz3 · a2ᵀ,
/// dz2 = (W3ᵀ · dz3) * (a2 &gt; 0), dW2 = dz2 · a1ᵀ, dz1 = (W2ᵀ · dz2) * (a1 &gt; 0), dW1 = dz1 · Xᵀ,
/// and each db the numpy sum of its dz over the examples.
/// </summary>
/// <remarks>
/// numpy's BLAS adds each dW's products over the examples one after another, and the large random
/// initialization is chaotic enough that any other order moves its costs by about 0.5 %
/// (tools/fixtures/generate_model_fixtures.py documents the experiment). So the examples are
/// visited in order and the SIMD lanes run across units: one vector of accumulators holds a whole
/// column of a dW.
/// </remarks>
internal static class BackwardPass
{
    private const int H1 = PackedParameters.Hidden1Lanes;
    private const int H2 = PackedParameters.Hidden2Lanes;

    /// <summary>Fills the gradient buffers of <paramref name="w"/> from its activations.</summary>
    public static void Run(TrainingWorkspace w)
    {
        OutputAndLayer2(w);
        Layer1Deltas(w.Dz2, w.A1, w.Parameters.W2Rows, w.Examples, w.Dz1);
        Layer1Weights(w.Dz1, w.Inputs, w.InputStride, w.Examples, w.DW1);
        w.Db3 = NumpySum.Sum(w.Dz3);
        NumpySum.SumColumns(w.Dz2, H2, w.Examples, w.Db2);
        NumpySum.SumColumns(w.Dz1, H1, w.Examples, w.Db1);
    }

    /// <summary>dz3, dW3, dz2 and dW2, in one pass over the examples.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void OutputAndLayer2(TrainingWorkspace w)
    {
        var count = w.Examples;
        var inverseM = 1.0 / count; // numpy's 1./m
        ref var a1 = ref MemoryMarshal.GetArrayDataReference(w.A1);
        ref var a2 = ref MemoryMarshal.GetArrayDataReference(w.A2);
        ref var a3 = ref MemoryMarshal.GetArrayDataReference(w.A3);
        ref var y = ref MemoryMarshal.GetArrayDataReference(w.Labels);
        ref var dz3 = ref MemoryMarshal.GetArrayDataReference(w.Dz3);
        ref var dz2 = ref MemoryMarshal.GetArrayDataReference(w.Dz2);
        var w3 = Vector512.Create(w.Parameters.W3);
        var zero = Vector512<double>.Zero;
        var one = Vector512<double>.One;
        var dW3 = zero;
        // dW2 by columns: g{c} accumulates column c of dW2 (five lanes of eight used).
        Vector512<double> g0 = zero, g1 = zero, g2 = zero, g3 = zero, g4 = zero, g5 = zero, g6 = zero, g7 = zero, g8 = zero, g9 = zero;
        for (var j = 0; j < count; j++)
        {
            var d3 = inverseM * (a3 - y);
            dz3 = d3;
            var act2 = Vector512.LoadUnsafe(ref a2);
            var delta3 = Vector512.Create(d3);
            dW3 += delta3 * act2;

            // numpy multiplies by the 0/1 mask (a2 > 0), so an infinite da2 gives NaN as it does there.
            var delta2 = (w3 * delta3) * (Vector512.GreaterThan(act2, zero) & one);
            delta2.StoreUnsafe(ref dz2);
            g0 += delta2 * Vector512.Create(a1);
            g1 += delta2 * Vector512.Create(Unsafe.Add(ref a1, 1));
            g2 += delta2 * Vector512.Create(Unsafe.Add(ref a1, 2));
            g3 += delta2 * Vector512.Create(Unsafe.Add(ref a1, 3));
            g4 += delta2 * Vector512.Create(Unsafe.Add(ref a1, 4));
            g5 += delta2 * Vector512.Create(Unsafe.Add(ref a1, 5));
            g6 += delta2 * Vector512.Create(Unsafe.Add(ref a1, 6));
            g7 += delta2 * Vector512.Create(Unsafe.Add(ref a1, 7));
            g8 += delta2 * Vector512.Create(Unsafe.Add(ref a1, 8));
            g9 += delta2 * Vector512.Create(Unsafe.Add(ref a1, 9));

            a1 = ref Unsafe.Add(ref a1, H1);
            a2 = ref Unsafe.Add(ref a2, H2);
            a3 = ref Unsafe.Add(ref a3, 1);
            y = ref Unsafe.Add(ref y, 1);
            dz3 = ref Unsafe.Add(ref dz3, 1);
            dz2 = ref Unsafe.Add(ref dz2, H2);
        }

        dW3.CopyTo(w.DW3);
        ref var dW2 = ref MemoryMarshal.GetArrayDataReference(w.DW2);
        g0.StoreUnsafe(ref dW2);
        g1.StoreUnsafe(ref dW2, 1 * H2);
        g2.StoreUnsafe(ref dW2, 2 * H2);
        g3.StoreUnsafe(ref dW2, 3 * H2);
        g4.StoreUnsafe(ref dW2, 4 * H2);
        g5.StoreUnsafe(ref dW2, 5 * H2);
        g6.StoreUnsafe(ref dW2, 6 * H2);
        g7.StoreUnsafe(ref dW2, 7 * H2);
        g8.StoreUnsafe(ref dW2, 8 * H2);
        g9.StoreUnsafe(ref dW2, 9 * H2);
    }

    /// <summary>dz1 = (W2ᵀ · dz2) * (a1 &gt; 0): unit i adds W2[r, i] · dz2[r] over r = 0..4 in order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Layer1Deltas(double[] dz2Buffer, double[] a1Buffer, double[] w2Rows, int count, double[] dz1Buffer)
    {
        ref var dz2 = ref MemoryMarshal.GetArrayDataReference(dz2Buffer);
        ref var a1 = ref MemoryMarshal.GetArrayDataReference(a1Buffer);
        ref var dz1 = ref MemoryMarshal.GetArrayDataReference(dz1Buffer);
        ref var w = ref MemoryMarshal.GetArrayDataReference(w2Rows);
        var zero = Vector512<double>.Zero;
        var one = Vector512<double>.One;
        for (var j = 0; j < count; j++)
        {
            var d = Vector512.Create(dz2);
            var low = Vector512.LoadUnsafe(ref w) * d;
            var high = Vector512.LoadUnsafe(ref w, 8) * d;
            for (var r = 1; r < PackedParameters.Hidden2; r++)
            {
                d = Vector512.Create(Unsafe.Add(ref dz2, r));
                low += Vector512.LoadUnsafe(ref w, (nuint)(r * H1)) * d;
                high += Vector512.LoadUnsafe(ref w, (nuint)((r * H1) + 8)) * d;
            }

            (low * (Vector512.GreaterThan(Vector512.LoadUnsafe(ref a1), zero) & one)).StoreUnsafe(ref dz1);
            (high * (Vector512.GreaterThan(Vector512.LoadUnsafe(ref a1, 8), zero) & one)).StoreUnsafe(ref dz1, 8);
            dz2 = ref Unsafe.Add(ref dz2, H2);
            a1 = ref Unsafe.Add(ref a1, H1);
            dz1 = ref Unsafe.Add(ref dz1, H1);
        }
    }

    /// <summary>dW1 = dz1 · Xᵀ by columns, two input features per pass over the examples.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Layer1Weights(double[] dz1Buffer, double[] inputs, int inputStride, int count, double[] dW1)
    {
        // inputStride is even and the padding feature is zero, so features come in pairs.
        ref var columns = ref MemoryMarshal.GetArrayDataReference(dW1);
        for (var k = 0; k < inputStride; k += 2)
        {
            ref var dz1 = ref MemoryMarshal.GetArrayDataReference(dz1Buffer);
            ref var x = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(inputs), k);
            Vector512<double> low0 = Vector512<double>.Zero, high0 = low0, low1 = low0, high1 = low0;
            for (var j = 0; j < count; j++)
            {
                var delta1Low = Vector512.LoadUnsafe(ref dz1);
                var delta1High = Vector512.LoadUnsafe(ref dz1, 8);
                var x0 = Vector512.Create(x);
                var x1 = Vector512.Create(Unsafe.Add(ref x, 1));
                low0 += delta1Low * x0;
                high0 += delta1High * x0;
                low1 += delta1Low * x1;
                high1 += delta1High * x1;
                dz1 = ref Unsafe.Add(ref dz1, H1);
                x = ref Unsafe.Add(ref x, inputStride);
            }

            low0.StoreUnsafe(ref columns, (nuint)(k * H1));
            high0.StoreUnsafe(ref columns, (nuint)((k * H1) + 8));
            low1.StoreUnsafe(ref columns, (nuint)((k + 1) * H1));
            high1.StoreUnsafe(ref columns, (nuint)(((k + 1) * H1) + 8));
        }
    }
}
