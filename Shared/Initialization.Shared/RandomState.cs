using System.Runtime.CompilerServices;

namespace Initialization.Shared;

/// <summary>
/// A seeded random number generator that draws exactly the numbers numpy's legacy
/// <c>np.random.RandomState</c> draws for the same seed and the same sequence of calls.
/// </summary>
/// <remarks>
/// <para>
/// <c>new RandomState(3).Randn(2, 3)</c> equals <c>np.random.RandomState(3).randn(2, 3)</c> bit
/// for bit, and so does every later draw. Like numpy, Gaussian draws come in pairs (the polar
/// method): an odd count leaves the second value of the last pair cached for the next Gaussian
/// draw, and <see cref="Seed"/> clears that cache.
/// </para>
/// <para>An instance is not thread-safe; give each thread its own.</para>
/// </remarks>
public sealed class RandomState
{
    private const double TwoToMinus53 = 1.0 / 9007199254740992.0;

    private readonly MersenneTwister _twister;
    private bool _hasCachedGaussian;
    private double _cachedGaussian;

    /// <summary>Creates a generator seeded like <c>np.random.RandomState(seed)</c>.</summary>
    /// <param name="seed">Any value from 0 to 2^32 - 1, as numpy accepts.</param>
    public RandomState(uint seed) => _twister = new MersenneTwister(seed);

    /// <summary>Reseeds like <c>np.random.seed(seed)</c>; also forgets a cached Gaussian value.</summary>
    /// <param name="seed">Any value from 0 to 2^32 - 1.</param>
    public void Seed(uint seed)
    {
        _twister.Seed(seed);
        _hasCachedGaussian = false;
        _cachedGaussian = 0.0;
    }

    /// <summary>The next raw 32-bit word of the Mersenne Twister.</summary>
    public uint NextUInt32() => _twister.NextUInt32();

    /// <summary>One uniform value in [0, 1) with 53 random bits, like <c>random_sample()</c>.</summary>
    public double RandomSample() => NextDouble();

    /// <summary>One standard normal value, like <c>standard_normal()</c> or <c>randn()</c>.</summary>
    public double StandardNormal()
    {
        if (TryTakeCachedGaussian(out var cached))
        {
            return cached;
        }

        var (first, second) = NextGaussianPair();
        CacheGaussian(second);
        return first;
    }

    /// <summary>A (rows, cols) matrix of standard normal values, like <c>np.random.randn(rows, cols)</c>.</summary>
    /// <param name="rows">Number of rows, at least 1.</param>
    /// <param name="cols">Number of columns, at least 1.</param>
    /// <exception cref="ArgumentOutOfRangeException">A size is zero or negative.</exception>
    public Matrix Randn(int rows, int cols)
    {
        var result = Matrix.Uninitialized(rows, cols);
        FillStandardNormal(result.AsSpan());
        return result;
    }

    /// <summary>A (rows, cols) matrix of uniform values in [0, 1), like <c>np.random.rand(rows, cols)</c>.</summary>
    /// <param name="rows">Number of rows, at least 1.</param>
    /// <param name="cols">Number of columns, at least 1.</param>
    /// <exception cref="ArgumentOutOfRangeException">A size is zero or negative.</exception>
    public Matrix Rand(int rows, int cols)
    {
        var result = Matrix.Uninitialized(rows, cols);
        FillUniform(result.AsSpan());
        return result;
    }

    /// <summary>
    /// A (rows, cols) matrix of normal values with mean <paramref name="loc"/> and standard
    /// deviation <paramref name="scale"/>, like <c>np.random.normal(loc, scale, (rows, cols))</c>.
    /// </summary>
    /// <param name="loc">The mean.</param>
    /// <param name="scale">The standard deviation, zero or more.</param>
    /// <param name="rows">Number of rows, at least 1.</param>
    /// <param name="cols">Number of columns, at least 1.</param>
    /// <exception cref="ArgumentOutOfRangeException">A size is zero or negative, or scale is negative or NaN.</exception>
    public Matrix Normal(double loc, double scale, int rows, int cols)
    {
        if (!(scale >= 0.0))
        {
            throw new ArgumentOutOfRangeException(nameof(scale), scale, "scale (the standard deviation) must be zero or more, as in numpy.");
        }

        var result = Matrix.Uninitialized(rows, cols);
        var values = result.AsSpan();
        FillStandardNormal(values);
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = loc + (scale * values[i]);
        }

        return result;
    }

    /// <summary>Fills <paramref name="destination"/> with uniform values in [0, 1), in order.</summary>
    /// <param name="destination">The values to overwrite.</param>
    public void FillUniform(Span<double> destination)
    {
        for (var i = 0; i < destination.Length; i++)
        {
            destination[i] = NextDouble();
        }
    }

    /// <summary>
    /// Fills <paramref name="destination"/> with standard normal values in order, consuming the
    /// generator exactly as numpy's <c>standard_normal(len)</c> does (cached value included).
    /// </summary>
    /// <param name="destination">The values to overwrite.</param>
    public void FillStandardNormal(Span<double> destination) => PolarGaussianFill.Fill(this, destination);

    /// <summary>
    /// Shuffles <paramref name="values"/> in place like numpy's legacy <c>shuffle</c> of a 1-D
    /// array: Fisher-Yates from the end, with numpy's masked rejection for each index.
    /// </summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="values">The values to shuffle.</param>
    public void Shuffle<T>(Span<T> values)
    {
        for (var i = values.Length - 1; i > 0; i--)
        {
            var j = (int)NextBounded((uint)i);
            (values[i], values[j]) = (values[j], values[i]);
        }
    }

    /// <summary>Shuffles an array in place, exactly as <see cref="Shuffle{T}(Span{T})"/>.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="values">The array to shuffle.</param>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null.</exception>
    public void Shuffle<T>(T[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        Shuffle(values.AsSpan());
    }

    /// <summary>A random ordering of 0 .. n-1, like <c>np.random.permutation(n)</c>.</summary>
    /// <param name="n">How many indices, at least 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="n"/> is zero or negative.</exception>
    public int[] Permutation(int n)
    {
        if (n < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(n), n, "n (the number of indices to permute) must be at least 1.");
        }

        var indices = new int[n];
        for (var i = 0; i < n; i++)
        {
            indices[i] = i;
        }

        Shuffle(indices.AsSpan());
        return indices;
    }

    /// <summary>numpy's <c>random_interval</c>: a uniform integer in [0, max] by masked rejection.</summary>
    internal uint NextBounded(uint max)
    {
        if (max == 0)
        {
            return 0;
        }

        var mask = max;
        mask |= mask >> 1;
        mask |= mask >> 2;
        mask |= mask >> 4;
        mask |= mask >> 8;
        mask |= mask >> 16;

        uint value;
        do
        {
            value = _twister.NextUInt32() & mask;
        }
        while (value > max);

        return value;
    }

    /// <summary>numpy's <c>mt19937_next_double</c>: 27 + 26 bits of two words.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal double NextDouble()
    {
        var a = _twister.NextUInt32() >> 5;
        var b = _twister.NextUInt32() >> 6;
        return ToDouble(a, b);
    }

    /// <summary>(a * 2^26 + b) / 2^53; every step is exact, so this equals numpy's expression bit for bit.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static double ToDouble(uint highWord, uint lowWord) =>
        ((highWord * 67108864.0) + lowWord) * TwoToMinus53;

    internal MersenneTwister Twister => _twister;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool TryTakeCachedGaussian(out double value)
    {
        value = _cachedGaussian;
        if (!_hasCachedGaussian)
        {
            return false;
        }

        _hasCachedGaussian = false;
        _cachedGaussian = 0.0;
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void CacheGaussian(double value)
    {
        _cachedGaussian = value;
        _hasCachedGaussian = true;
    }

    /// <summary>One accepted polar-method pair: (f * x2, f * x1), numpy's returned and cached values.</summary>
    private (double First, double Second) NextGaussianPair()
    {
        double x1, x2, r2;
        do
        {
            x1 = (2.0 * NextDouble()) - 1.0;
            x2 = (2.0 * NextDouble()) - 1.0;
            r2 = (x1 * x1) + (x2 * x2);
        }
        while (r2 >= 1.0 || r2 == 0.0);

        var f = Math.Sqrt(-2.0 * Math.Log(r2) / r2);
        return (f * x2, f * x1);
    }
}
