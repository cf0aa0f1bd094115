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
/// numpy's (reference) BLAS adds each dW's products over the examples one after another, and the
/// large random initialization is chaotic enough that another order moves its costs by 0.3 % within
/// 15000 iterations (generate_model_fixtures.py --order-sensitivity). So the examples are visited in
/// order and the SIMD lanes run across units: a vector of accumulators holds a row or column of a dW.
/// </remarks>
internal static class BackwardPass
{
    private const int H1 = PackedParameters.Hidden1Lanes;
    private const int H2 = PackedParameters.Hidden2Lanes;

    /// <summary>Fills the gradient buffers of <paramref name="w"/> from its activations.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Run(TrainingWorkspace w)
    {
        Array.Clear(w.DW3);
        Array.Clear(w.DW2);
        Array.Clear(w.DW2Column8);
        Array.Clear(w.DW2Column9);
        Array.Clear(w.DW1);

        // Leaf by leaf of numpy's pairwise sums, so each leaf of dz is summed while in the L1 cache.
        var start = 0;
        for (var leaf = 0; leaf < w.LeafLengths.Length; leaf++)
        {
            var count = w.LeafLengths[leaf];
            OutputDeltas(w, start, count);
            HiddenDeltasAndWeights(w, start, count);
            ref var dz1 = ref w.Dz1[start * H1];
            w.Dz1LowLeafSums[leaf] = NumpySum.LeafColumns(ref dz1, H1, count);
            w.Dz1HighLeafSums[leaf] = NumpySum.LeafColumns(ref Unsafe.Add(ref dz1, 8), H1, count);
            w.Dz2LeafSums[leaf] = NumpySum.LeafColumns(ref w.Dz2[start * H2], H2, count);
            w.Dz3LeafSums[leaf] = NumpySum.LeafSum(w.Dz3.AsSpan(start, count));
            start += count;
        }

        var m = w.Examples;
        NumpySum.CombineLeaves(w.Dz1LowLeafSums, m).CopyTo(w.Db1);
        NumpySum.CombineLeaves(w.Dz1HighLeafSums, m).CopyTo(w.Db1, 8);
        NumpySum.CombineLeaves(w.Dz2LeafSums, m).CopyTo(w.Db2);
        w.Db3 = NumpySum.CombineLeaves(w.Dz3LeafSums, m);
        for (var r = 0; r < PackedParameters.Hidden2; r++)
        {
            w.DW2[(r * H1) + 8] = w.DW2Column8[r];
            w.DW2[(r * H1) + 9] = w.DW2Column9[r];
        }

        for (var pair = 1; pair < w.Parameters.InputPairs; pair++)
        {
            Layer1Weights(w, pair);
        }
    }

    /// <summary>dz3 = (1/m)(a3 − y), dz2 = (W3ᵀ · dz3) * (a2 &gt; 0) and dW3 = dz3 · a2ᵀ (continued) for examples start.. start + count.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void OutputDeltas(TrainingWorkspace w, int start, int count)
    {
        var inverseM = 1.0 / w.Examples; // numpy's 1./m
        ref var a2 = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(w.A2), start * H2);
        ref var a3 = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(w.A3), start);
        ref var y = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(w.Labels), start);
        ref var dz3 = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(w.Dz3), start);
        ref var dz2 = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(w.Dz2), start * H2);
        var w3 = Vector512.Create(w.Parameters.W3);
        var dW3 = Vector512.Create(w.DW3);
        for (var j = 0; j < count; j++)
        {
            var d3 = inverseM * (a3 - y);
            dz3 = d3;
            var act2 = Vector512.LoadUnsafe(ref a2);
            var delta3 = Vector512.Create(d3);
            dW3 += delta3 * act2;
            ((w3 * delta3) * Mask(act2)).StoreUnsafe(ref dz2);

            a2 = ref Unsafe.Add(ref a2, H2);
            a3 = ref Unsafe.Add(ref a3, 1);
            y = ref Unsafe.Add(ref y, 1);
            dz3 = ref Unsafe.Add(ref dz3, 1);
            dz2 = ref Unsafe.Add(ref dz2, H2);
        }

        dW3.CopyTo(w.DW3);
    }

    /// <summary>
    /// dz1 = (W2ᵀ · dz2) * (a1 &gt; 0) (unit i adding W2[r, i] · dz2[r] over r = 0..4 in order),
    /// and dW2 = dz2 · a1ᵀ and the first two columns of dW1 = dz1 · Xᵀ (continued), for examples
    /// start.. start + count in one pass.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void HiddenDeltasAndWeights(TrainingWorkspace w, int start, int count)
    {
        var stride = w.InputStride;
        ref var dz2 = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(w.Dz2), start * H2);
        ref var a1 = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(w.A1), start * H1);
        ref var dz1 = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(w.Dz1), start * H1);
        ref var x = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(w.Inputs), start * stride);
        ref var rows = ref MemoryMarshal.GetArrayDataReference(w.Parameters.W2Rows);
        var w0Low = Vector512.LoadUnsafe(ref rows);
        var w0High = Vector512.LoadUnsafe(ref rows, 8);
        var w1Low = Vector512.LoadUnsafe(ref rows, 1 * H1);
        var w1High = Vector512.LoadUnsafe(ref rows, (1 * H1) + 8);
        var w2Low = Vector512.LoadUnsafe(ref rows, 2 * H1);
        var w2High = Vector512.LoadUnsafe(ref rows, (2 * H1) + 8);
        var w3Low = Vector512.LoadUnsafe(ref rows, 3 * H1);
        var w3High = Vector512.LoadUnsafe(ref rows, (3 * H1) + 8);
        var w4Low = Vector512.LoadUnsafe(ref rows, 4 * H1);
        var w4High = Vector512.LoadUnsafe(ref rows, (4 * H1) + 8);
        // dW2 in two shapes, to fill the lanes: columns 0..7 row by row (g{r}: dz2[r] · a1[0..7]),
        // columns 8 and 9 as columns (c8, c9: a1[8] · dz2 and a1[9] · dz2, rows in the lanes).
        ref var dW2 = ref MemoryMarshal.GetArrayDataReference(w.DW2);
        var g0 = Vector512.LoadUnsafe(ref dW2);
        var g1 = Vector512.LoadUnsafe(ref dW2, 1 * H1);
        var g2 = Vector512.LoadUnsafe(ref dW2, 2 * H1);
        var g3 = Vector512.LoadUnsafe(ref dW2, 3 * H1);
        var g4 = Vector512.LoadUnsafe(ref dW2, 4 * H1);
        var c8 = Vector512.Create(w.DW2Column8);
        var c9 = Vector512.Create(w.DW2Column9);
        // k{f}: column f of dW1, dz1 · x[f] (units 0..7 low, 8..9 high).
        ref var dW1 = ref MemoryMarshal.GetArrayDataReference(w.DW1);
        var k0Low = Vector512.LoadUnsafe(ref dW1);
        var k0High = Vector512.LoadUnsafe(ref dW1, 8);
        var k1Low = Vector512.LoadUnsafe(ref dW1, H1);
        var k1High = Vector512.LoadUnsafe(ref dW1, H1 + 8);
        for (var j = 0; j < count; j++)
        {
            var act1Low = Vector512.LoadUnsafe(ref a1);
            var act1High = Vector512.LoadUnsafe(ref a1, 8);
            var delta2 = Vector512.LoadUnsafe(ref dz2);
            c8 += delta2 * Vector512.Create(Unsafe.Add(ref a1, 8));
            c9 += delta2 * Vector512.Create(Unsafe.Add(ref a1, 9));

            var d = Vector512.Create(dz2);
            g0 += d * act1Low;
            var low = w0Low * d;
            var high = w0High * d;

            d = Vector512.Create(Unsafe.Add(ref dz2, 1));
            g1 += d * act1Low;
            low += w1Low * d;
            high += w1High * d;

            d = Vector512.Create(Unsafe.Add(ref dz2, 2));
            g2 += d * act1Low;
            low += w2Low * d;
            high += w2High * d;

            d = Vector512.Create(Unsafe.Add(ref dz2, 3));
            g3 += d * act1Low;
            low += w3Low * d;
            high += w3High * d;

            d = Vector512.Create(Unsafe.Add(ref dz2, 4));
            g4 += d * act1Low;
            low += w4Low * d;
            high += w4High * d;

            low *= Mask(act1Low);
            high *= Mask(act1High);
            low.StoreUnsafe(ref dz1);
            high.StoreUnsafe(ref dz1, 8);

            var x0 = Vector512.Create(x);
            var x1 = Vector512.Create(Unsafe.Add(ref x, 1));
            k0Low += low * x0;
            k0High += high * x0;
            k1Low += low * x1;
            k1High += high * x1;

            dz2 = ref Unsafe.Add(ref dz2, H2);
            a1 = ref Unsafe.Add(ref a1, H1);
            dz1 = ref Unsafe.Add(ref dz1, H1);
            x = ref Unsafe.Add(ref x, stride);
        }

        g0.StoreUnsafe(ref dW2);
        g1.StoreUnsafe(ref dW2, 1 * H1);
        g2.StoreUnsafe(ref dW2, 2 * H1);
        g3.StoreUnsafe(ref dW2, 3 * H1);
        g4.StoreUnsafe(ref dW2, 4 * H1);
        c8.CopyTo(w.DW2Column8);
        c9.CopyTo(w.DW2Column9);
        k0Low.StoreUnsafe(ref dW1);
        k0High.StoreUnsafe(ref dW1, 8);
        k1Low.StoreUnsafe(ref dW1, H1);
        k1High.StoreUnsafe(ref dW1, H1 + 8);
    }

    /// <summary>Columns 2·pair and 2·pair + 1 of dW1 = dz1 · Xᵀ, for inputs with more than two features.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Layer1Weights(TrainingWorkspace w, int pair)
    {
        var stride = w.InputStride;
        ref var dz1 = ref MemoryMarshal.GetArrayDataReference(w.Dz1);
        ref var x = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(w.Inputs), 2 * pair);
        Vector512<double> k0Low = Vector512<double>.Zero, k0High = k0Low, k1Low = k0Low, k1High = k0Low;
        for (var j = 0; j < w.Examples; j++)
        {
            var low = Vector512.LoadUnsafe(ref dz1);
            var high = Vector512.LoadUnsafe(ref dz1, 8);
            var x0 = Vector512.Create(x);
            var x1 = Vector512.Create(Unsafe.Add(ref x, 1));
            k0Low += low * x0;
            k0High += high * x0;
            k1Low += low * x1;
            k1High += high * x1;
            dz1 = ref Unsafe.Add(ref dz1, H1);
            x = ref Unsafe.Add(ref x, stride);
        }

        ref var dW1 = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(w.DW1), 2 * pair * H1);
        k0Low.StoreUnsafe(ref dW1);
        k0High.StoreUnsafe(ref dW1, 8);
        k1Low.StoreUnsafe(ref dW1, H1);
        k1High.StoreUnsafe(ref dW1, H1 + 8);
    }

    /// <summary>
    /// numpy's (a &gt; 0) as 1.0 or 0.0 in each lane. The deltas are multiplied by it as numpy does,
    /// so an infinite or NaN delta of an inactive unit still gives NaN.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<double> Mask(Vector512<double> activation) =>
        Vector512.ConditionalSelect(Vector512.GreaterThan(activation, Vector512<double>.Zero), Vector512<double>.One, Vector512<double>.Zero);
}
