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
/// and that is fast with the units of one example side by side. (Lanes along the examples make the
/// layers cheaper, but the transposes the weight gradients then need cost more than they save.)
/// </remarks>
internal static class ForwardPass
{
    private const int H1 = PackedParameters.Hidden1Lanes;
    private const int H2 = PackedParameters.Hidden2Lanes;

    /// <summary>
    /// Runs <paramref name="count"/> examples: a1 (count × 16), a2 (count × 8) and the output
    /// probabilities a3 (count).
    /// </summary>
    /// <param name="inputs">Example-major inputs: example j's features at j · inputStride, then a zero if n_x is odd.</param>
    /// <param name="inputStride">Values per example in <paramref name="inputs"/>: 2 · <see cref="PackedParameters.InputPairs"/>.</param>
    /// <param name="count">Number of examples.</param>
    /// <param name="p">The parameters.</param>
    /// <param name="a1">Receives relu(z1), 16 lanes per example.</param>
    /// <param name="a2">Receives relu(z2), 8 lanes per example.</param>
    /// <param name="a3">Receives sigmoid(z3), one value per example.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Run(ReadOnlySpan<double> inputs, int inputStride, int count, PackedParameters p, Span<double> a1, Span<double> a2, Span<double> a3)
    {
        // The kernels read and write without bounds checks: these checks cover every access.
        if (inputStride != 2 * p.InputPairs || inputs.Length < (long)count * inputStride
            || a1.Length < (long)count * H1 || a2.Length < (long)count * H2 || a3.Length < count)
        {
            throw new ArgumentException("The buffers do not fit the examples.", nameof(count));
        }

        for (var pair = 0; pair < p.InputPairs; pair++)
        {
            HiddenLayer1(inputs, inputStride, count, p, pair, a1);
        }

        HiddenLayer2(a1, count, p, a2);
        Output(a2, count, p, a3);
    }

    /// <summary>
    /// Copies examples <paramref name="start"/>.. start + <paramref name="count"/> (columns) of
    /// <paramref name="x"/> into example-major <paramref name="inputs"/>, example j's features at
    /// j · inputStride; the zero after an odd last feature is left as it is.
    /// </summary>
    public static void PackInputs(Matrix x, int start, int count, int inputStride, Span<double> inputs)
    {
        var values = x.AsSpan();
        for (var k = 0; k < x.Rows; k++)
        {
            var row = values.Slice((k * x.Cols) + start, count);
            for (var j = 0; j < count; j++)
            {
                inputs[(j * inputStride) + k] = row[j];
            }
        }
    }

    /// <summary>
    /// Adds the products of input features 2·pair and 2·pair + 1 to z1 = W1 · x, kept in a1 between
    /// pairs (one pair for the course's two features); the last pair adds b1 and applies relu.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void HiddenLayer1(ReadOnlySpan<double> inputs, int inputStride, int count, PackedParameters p, int pair, Span<double> a1)
    {
        var first = pair == 0;
        var last = pair == p.InputPairs - 1;
        ref var x = ref Unsafe.Add(ref MemoryMarshal.GetReference(inputs), 2 * pair);
        ref var a = ref MemoryMarshal.GetReference(a1);
        ref var w = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(p.W1Columns), 2 * pair * H1);
        var w0Low = Vector512.LoadUnsafe(ref w);
        var w0High = Vector512.LoadUnsafe(ref w, 8);
        var w1Low = Vector512.LoadUnsafe(ref w, H1);
        var w1High = Vector512.LoadUnsafe(ref w, H1 + 8);
        var b1Low = Vector512.Create(p.B1.AsSpan(0, 8));
        var b1High = Vector512.Create(p.B1.AsSpan(8, 8));
        for (var j = 0; j < count; j++)
        {
            var x0 = Vector512.Create(x);
            var x1 = Vector512.Create(Unsafe.Add(ref x, 1));
            var low = w0Low * x0;
            var high = w0High * x0;
            if (!first)
            {
                low = Vector512.LoadUnsafe(ref a) + low;
                high = Vector512.LoadUnsafe(ref a, 8) + high;
            }

            // A zero partner feature adds +0, which changes no sum (but the sign of a zero one).
            low += w1Low * x1;
            high += w1High * x1;
            if (last)
            {
                low = Relu(low + b1Low);
                high = Relu(high + b1High);
            }

            low.StoreUnsafe(ref a);
            high.StoreUnsafe(ref a, 8);
            x = ref Unsafe.Add(ref x, inputStride);
            a = ref Unsafe.Add(ref a, H1);
        }
    }

    /// <summary>a2 = relu(W2 · a1 + b2) for each example.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void HiddenLayer2(ReadOnlySpan<double> a1, int count, PackedParameters p, Span<double> a2)
    {
        ref var a = ref MemoryMarshal.GetReference(a1);
        ref var out2 = ref MemoryMarshal.GetReference(a2);
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
            Relu(sum + b2).StoreUnsafe(ref out2);
            a = ref Unsafe.Add(ref a, H1);
            out2 = ref Unsafe.Add(ref out2, H2);
        }
    }

    /// <summary>
    /// a3 = sigmoid(W3 · a2 + b3) = 1 / (1 + exp(−z3)), z3 adding W3[r] · a2[r] over r = 0..4 in
    /// order; exp is <see cref="Math.Exp"/>, the C library's, as numpy's is.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Output(ReadOnlySpan<double> a2, int count, PackedParameters p, Span<double> a3)
    {
        double v0 = p.W3[0], v1 = p.W3[1], v2 = p.W3[2], v3 = p.W3[3], v4 = p.W3[4], b3 = p.B3;
        ref var a = ref MemoryMarshal.GetReference(a2);
        ref var output = ref MemoryMarshal.GetReference(a3);
        for (var j = 0; j < count; j++)
        {
            var z = v0 * a;
            z += v1 * Unsafe.Add(ref a, 1);
            z += v2 * Unsafe.Add(ref a, 2);
            z += v3 * Unsafe.Add(ref a, 3);
            z += v4 * Unsafe.Add(ref a, 4);
            Unsafe.Add(ref output, j) = z + b3;
            a = ref Unsafe.Add(ref a, H2);
        }

        // One value at a time, as no vector exp rounds like libm; a loop of its own, so no
        // register has to survive the calls.
        for (var j = 0; j < count; j++)
        {
            Unsafe.Add(ref output, j) = Math.Exp(-Unsafe.Add(ref output, j));
        }

        // 1 / (1 + e) is exact IEEE arithmetic, the same in vectors.
        var one = Vector512<double>.One;
        var i = 0;
        for (; i <= count - 8; i += 8)
        {
            (one / (one + Vector512.LoadUnsafe(ref output, (nuint)i))).StoreUnsafe(ref output, (nuint)i);
        }

        for (; i < count; i++)
        {
            Unsafe.Add(ref output, i) = 1.0 / (1.0 + Unsafe.Add(ref output, i));
        }
    }

    /// <summary>numpy's maximum(0, z): MaxNative with 0 first keeps a NaN, as numpy does (a zero's sign may differ).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<double> Relu(Vector512<double> z) => Vector512.MaxNative(Vector512<double>.Zero, z);
}
