using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Initialization.Shared.Model;

/// <summary>
/// The course's <c>backward_propagation</c>, bit for bit: dz3 = (1/m)(a3 − y), dz2 = (W3ᵀ · dz3) *
/// (a2 &gt; 0) and dz1 = (W2ᵀ · dz2) * (a1 &gt; 0) eight examples at a time; each db the numpy sum of
/// its dz over the examples; each dW summed over the examples in order (<see cref="WeightGradients"/>).
/// </summary>
internal static class BackwardPass
{
    private const int W1Lanes = PackedParameters.Hidden1Lanes;
    private const int W2Lanes = PackedParameters.Hidden2Lanes;

    /// <summary>Fills the gradient buffers of <paramref name="w"/> from its activations (a2 by examples included).</summary>
    public static void Run(TrainingWorkspace w)
    {
        var m = w.Examples;
        var stride = w.Stride;
        Deltas(w, BlockTranspose.InRegisters);
        if (!BlockTranspose.InRegisters)
        {
            BlockTranspose.RowsToExamples(w.Dz2, PackedParameters.Hidden2, stride, w.Dz2T, W2Lanes);
            BlockTranspose.RowsToExamples(w.Dz1, PackedParameters.Hidden1, stride, w.Dz1T, W1Lanes);
        }

        w.Db3 = NumpySum.Sum(w.Dz3.AsSpan(0, m));
        for (var r = 0; r < PackedParameters.Hidden2; r++)
        {
            w.Db2[r] = NumpySum.Sum(w.Dz2.AsSpan(r * stride, m));
        }

        for (var i = 0; i < PackedParameters.Hidden1; i++)
        {
            w.Db1[i] = NumpySum.Sum(w.Dz1.AsSpan(i * stride, m));
        }

        WeightGradients.AllButFurtherInputs(w);
        for (var pair = 1; pair < w.DW1.Length / (2 * W1Lanes); pair++)
        {
            WeightGradients.Layer1(w, pair);
        }
    }

    /// <summary>dz3, dz2 and dz1 by units (and dz2, dz1 by examples if asked), eight examples at a time.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Deltas(TrainingWorkspace w, bool transpose)
    {
        var stride = (nuint)w.Stride;
        var inverseM = Vector512.Create(1.0 / w.Examples); // numpy's 1./m
        ref var a1 = ref MemoryMarshal.GetArrayDataReference(w.A1);
        ref var a2 = ref MemoryMarshal.GetArrayDataReference(w.A2);
        ref var a3 = ref MemoryMarshal.GetArrayDataReference(w.A3);
        ref var y = ref MemoryMarshal.GetArrayDataReference(w.Labels);
        ref var dz1 = ref MemoryMarshal.GetArrayDataReference(w.Dz1);
        ref var dz2 = ref MemoryMarshal.GetArrayDataReference(w.Dz2);
        ref var dz3 = ref MemoryMarshal.GetArrayDataReference(w.Dz3);
        ref var dz1T = ref MemoryMarshal.GetArrayDataReference(w.Dz1T);
        ref var dz2T = ref MemoryMarshal.GetArrayDataReference(w.Dz2T);
        ref var w2 = ref MemoryMarshal.GetArrayDataReference(w.Parameters.W2Columns);
        ref var w3 = ref MemoryMarshal.GetArrayDataReference(w.Parameters.W3);
        for (nuint v = 0; v < stride; v += 8)
        {
            var d3 = inverseM * (Vector512.LoadUnsafe(ref a3, v) - Vector512.LoadUnsafe(ref y, v));
            d3.StoreUnsafe(ref dz3, v);

            // da2 = W3ᵀ · dz3 has one term per unit; numpy multiplies by the 0/1 mask of a2 > 0.
            var e0 = Vector512.Create(w3) * d3 * Mask(Vector512.LoadUnsafe(ref a2, v));
            var e1 = Vector512.Create(Unsafe.Add(ref w3, 1)) * d3 * Mask(Vector512.LoadUnsafe(ref a2, stride + v));
            var e2 = Vector512.Create(Unsafe.Add(ref w3, 2)) * d3 * Mask(Vector512.LoadUnsafe(ref a2, (2 * stride) + v));
            var e3 = Vector512.Create(Unsafe.Add(ref w3, 3)) * d3 * Mask(Vector512.LoadUnsafe(ref a2, (3 * stride) + v));
            var e4 = Vector512.Create(Unsafe.Add(ref w3, 4)) * d3 * Mask(Vector512.LoadUnsafe(ref a2, (4 * stride) + v));
            e0.StoreUnsafe(ref dz2, v);
            e1.StoreUnsafe(ref dz2, stride + v);
            e2.StoreUnsafe(ref dz2, (2 * stride) + v);
            e3.StoreUnsafe(ref dz2, (3 * stride) + v);
            e4.StoreUnsafe(ref dz2, (4 * stride) + v);

            var h0 = Layer1Delta(0, e0, e1, e2, e3, e4, ref w2, ref a1, ref dz1, stride, v);
            var h1 = Layer1Delta(1, e0, e1, e2, e3, e4, ref w2, ref a1, ref dz1, stride, v);
            var h2 = Layer1Delta(2, e0, e1, e2, e3, e4, ref w2, ref a1, ref dz1, stride, v);
            var h3 = Layer1Delta(3, e0, e1, e2, e3, e4, ref w2, ref a1, ref dz1, stride, v);
            var h4 = Layer1Delta(4, e0, e1, e2, e3, e4, ref w2, ref a1, ref dz1, stride, v);
            var h5 = Layer1Delta(5, e0, e1, e2, e3, e4, ref w2, ref a1, ref dz1, stride, v);
            var h6 = Layer1Delta(6, e0, e1, e2, e3, e4, ref w2, ref a1, ref dz1, stride, v);
            var h7 = Layer1Delta(7, e0, e1, e2, e3, e4, ref w2, ref a1, ref dz1, stride, v);
            var h8 = Layer1Delta(8, e0, e1, e2, e3, e4, ref w2, ref a1, ref dz1, stride, v);
            var h9 = Layer1Delta(9, e0, e1, e2, e3, e4, ref w2, ref a1, ref dz1, stride, v);
            if (transpose)
            {
                var zero = Vector512<double>.Zero;
                BlockTranspose.Store8x8(e0, e1, e2, e3, e4, zero, zero, zero, ref Unsafe.Add(ref dz2T, v * W2Lanes), W2Lanes);
                ref var target = ref Unsafe.Add(ref dz1T, v * W1Lanes);
                BlockTranspose.Store8x8(h0, h1, h2, h3, h4, h5, h6, h7, ref target, W1Lanes);
                BlockTranspose.Store2x8(h8, h9, ref Unsafe.Add(ref target, 8), W1Lanes);
            }
        }
    }

    /// <summary>dz1 of unit i for eight examples: W2[0, i] · dz2[0] + … + W2[4, i] · dz2[4], times the mask of a1 &gt; 0; stored in its row.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<double> Layer1Delta(
        int unit, Vector512<double> e0, Vector512<double> e1, Vector512<double> e2, Vector512<double> e3, Vector512<double> e4,
        ref double w2, ref double a1, ref double dz1, nuint stride, nuint v)
    {
        ref var column = ref Unsafe.Add(ref w2, unit * W2Lanes);
        var da1 = Vector512.Create(column) * e0;
        da1 += Vector512.Create(Unsafe.Add(ref column, 1)) * e1;
        da1 += Vector512.Create(Unsafe.Add(ref column, 2)) * e2;
        da1 += Vector512.Create(Unsafe.Add(ref column, 3)) * e3;
        da1 += Vector512.Create(Unsafe.Add(ref column, 4)) * e4;
        var row = ((nuint)unit * stride) + v;
        var delta = da1 * Mask(Vector512.LoadUnsafe(ref a1, row));
        delta.StoreUnsafe(ref dz1, row);
        return delta;
    }

    /// <summary>
    /// numpy's (a &gt; 0) as 1.0 or 0.0 in each lane. The deltas are multiplied by it as numpy does,
    /// so an infinite or NaN delta of an inactive unit still gives NaN.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<double> Mask(Vector512<double> activation) =>
        Vector512.ConditionalSelect(Vector512.GreaterThan(activation, Vector512<double>.Zero), Vector512<double>.One, Vector512<double>.Zero);
}
