using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Initialization.Shared.Model;

/// <summary>
/// LINEAR → RELU → LINEAR → RELU → LINEAR → SIGMOID, as the course's <c>forward_propagation</c>,
/// bit for bit: every pre-activation adds its products in numpy's (reference BLAS) order, input 0
/// first, then the bias, and the sigmoid uses <see cref="Math.Exp"/>, the C library's exp as numpy's.
/// </summary>
/// <remarks>
/// Buffers are example-major with one SIMD lane per unit (see <see cref="PackedParameters"/>): the
/// backward pass must add the weight gradients over the examples one after another, as numpy does,
/// and that is only fast with the units of one example side by side.
/// </remarks>
internal static class ForwardPass
{
    private const int H1 = PackedParameters.Hidden1Lanes;
    private const int H2 = PackedParameters.Hidden2Lanes;

    /// <summary>
    /// Runs <paramref name="count"/> examples: a1 (count × 16), a2 (count × 8) and the output
    /// probabilities a3 (count).
    /// </summary>
    /// <param name="inputs">Example-major inputs: example j's features at j · inputStride.</param>
    /// <param name="inputStride">Values per example in <paramref name="inputs"/>, at least n_x.</param>
    /// <param name="count">Number of examples.</param>
    /// <param name="p">The parameters.</param>
    /// <param name="a1">Receives relu(z1), 16 lanes per example.</param>
    /// <param name="a2">Receives relu(z2), 8 lanes per example.</param>
    /// <param name="a3">Receives sigmoid(z3), one value per example.</param>
    public static void Run(ReadOnlySpan<double> inputs, int inputStride, int count, PackedParameters p, Span<double> a1, Span<double> a2, Span<double> a3)
    {
        // The kernels read and write without bounds checks: these checks cover every access.
        if (inputStride < p.InputSize || inputs.Length < (long)count * inputStride
            || a1.Length < (long)count * H1 || a2.Length < (long)count * H2 || a3.Length < count)
        {
            throw new ArgumentException("The buffers are too small for the examples.", nameof(count));
        }

        HiddenLayer1(inputs, inputStride, count, p, a1);
        HiddenLayer2AndOutput(a1, count, p, a2, a3);
        Sigmoid(a3[..count]);
    }

    /// <summary>a1 = relu(W1 · x + b1) for each example.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void HiddenLayer1(ReadOnlySpan<double> inputs, int inputStride, int count, PackedParameters p, Span<double> a1)
    {
        ref var x = ref MemoryMarshal.GetReference(inputs);
        ref var a = ref MemoryMarshal.GetReference(a1);
        ref var w = ref MemoryMarshal.GetArrayDataReference(p.W1Columns);
        var b1Low = Vector512.Create(p.B1.AsSpan(0, 8));
        var b1High = Vector512.Create(p.B1.AsSpan(8, 8));
        var inputSize = p.InputSize;
        for (var j = 0; j < count; j++)
        {
            var xk = Vector512.Create(x);
            var low = Vector512.LoadUnsafe(ref w) * xk;
            var high = Vector512.LoadUnsafe(ref w, 8) * xk;
            for (var k = 1; k < inputSize; k++)
            {
                xk = Vector512.Create(Unsafe.Add(ref x, k));
                low += Vector512.LoadUnsafe(ref w, (nuint)(k * H1)) * xk;
                high += Vector512.LoadUnsafe(ref w, (nuint)((k * H1) + 8)) * xk;
            }

            // MaxNative(0, z) is numpy's maximum(0, z) (NaN stays NaN) up to the sign of a zero.
            Vector512.MaxNative(Vector512<double>.Zero, low + b1Low).StoreUnsafe(ref a);
            Vector512.MaxNative(Vector512<double>.Zero, high + b1High).StoreUnsafe(ref a, 8);
            x = ref Unsafe.Add(ref x, inputStride);
            a = ref Unsafe.Add(ref a, H1);
        }
    }

    /// <summary>a2 = relu(W2 · a1 + b2), then z3 = W3 · a2 + b3 for each example.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void HiddenLayer2AndOutput(ReadOnlySpan<double> a1, int count, PackedParameters p, Span<double> a2, Span<double> z3)
    {
        ref var a = ref MemoryMarshal.GetReference(a1);
        ref var out2 = ref MemoryMarshal.GetReference(a2);
        ref var z = ref MemoryMarshal.GetReference(z3);
        ref var w = ref MemoryMarshal.GetArrayDataReference(p.W2Columns);
        var w0 = Vector512.LoadUnsafe(ref w);
        var w1 = Vector512.LoadUnsafe(ref w, 1 * H2);
        var w2 = Vector512.LoadUnsafe(ref w, 2 * H2);
        var w3 = Vector512.LoadUnsafe(ref w, 3 * H2);
        var w4 = Vector512.LoadUnsafe(ref w, 4 * H2);
        var w5 = Vector512.LoadUnsafe(ref w, 5 * H2);
        var w6 = Vector512.LoadUnsafe(ref w, 6 * H2);
        var w7 = Vector512.LoadUnsafe(ref w, 7 * H2);
        var w8 = Vector512.LoadUnsafe(ref w, 8 * H2);
        var w9 = Vector512.LoadUnsafe(ref w, 9 * H2);
        var b2 = Vector512.Create(p.B2);
        double v0 = p.W3[0], v1 = p.W3[1], v2 = p.W3[2], v3 = p.W3[3], v4 = p.W3[4], b3 = p.B3;
        for (var j = 0; j < count; j++)
        {
            // Unit c of layer 1 multiplies column c of W2: the sum runs over c = 0..9 in order.
            var sum = w0 * Vector512.Create(a);
            sum += w1 * Vector512.Create(Unsafe.Add(ref a, 1));
            sum += w2 * Vector512.Create(Unsafe.Add(ref a, 2));
            sum += w3 * Vector512.Create(Unsafe.Add(ref a, 3));
            sum += w4 * Vector512.Create(Unsafe.Add(ref a, 4));
            sum += w5 * Vector512.Create(Unsafe.Add(ref a, 5));
            sum += w6 * Vector512.Create(Unsafe.Add(ref a, 6));
            sum += w7 * Vector512.Create(Unsafe.Add(ref a, 7));
            sum += w8 * Vector512.Create(Unsafe.Add(ref a, 8));
            sum += w9 * Vector512.Create(Unsafe.Add(ref a, 9));
            Vector512.MaxNative(Vector512<double>.Zero, sum + b2).StoreUnsafe(ref out2);

            var s = v0 * out2;
            s += v1 * Unsafe.Add(ref out2, 1);
            s += v2 * Unsafe.Add(ref out2, 2);
            s += v3 * Unsafe.Add(ref out2, 3);
            s += v4 * Unsafe.Add(ref out2, 4);
            z = s + b3;

            a = ref Unsafe.Add(ref a, H1);
            out2 = ref Unsafe.Add(ref out2, H2);
            z = ref Unsafe.Add(ref z, 1);
        }
    }

    /// <summary>In place: z becomes 1 / (1 + exp(−z)), exp being the C library's, as numpy's is.</summary>
    private static void Sigmoid(Span<double> values)
    {
        // Math.Exp one value at a time (no vector exp rounds like libm); the rest is exact in vectors.
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = Math.Exp(-values[i]);
        }

        var one = Vector512<double>.One;
        var j = 0;
        for (; j <= values.Length - 8; j += 8)
        {
            var e = Vector512.Create(values.Slice(j, 8));
            (one / (one + e)).CopyTo(values[j..]);
        }

        for (; j < values.Length; j++)
        {
            values[j] = 1.0 / (1.0 + values[j]);
        }
    }
}
