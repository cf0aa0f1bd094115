using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Initialization.Shared;

/// <summary>
/// MT19937 exactly as numpy's legacy <c>RandomState</c> runs it: integer seeding with
/// <c>init_genrand</c>, the standard twist and tempering. Words are produced a block of 624 at
/// a time (twist and temper vectorized), then handed out one by one.
/// </summary>
internal sealed class MersenneTwister
{
    internal const int StateLength = 624;
    private const int Shift = 397;
    private const uint MatrixA = 0x9908b0df;
    private const uint UpperMask = 0x80000000;
    private const uint LowerMask = 0x7fffffff;

    private readonly uint[] _state = new uint[StateLength];

    /// <summary>Tempered output of the current block; <see cref="Position"/> indexes it.</summary>
    internal readonly uint[] Block = new uint[StateLength];

    /// <summary>Index of the next word of <see cref="Block"/>; 624 means the block is spent.</summary>
    internal int Position;

    public MersenneTwister(uint seed) => Seed(seed);

    /// <summary>numpy's <c>mt19937_seed</c>: fills the key and forces a twist on the next draw.</summary>
    public void Seed(uint seed)
    {
        _state[0] = seed;
        for (var i = 1; i < StateLength; i++)
        {
            var previous = _state[i - 1];
            _state[i] = unchecked((1812433253u * (previous ^ (previous >> 30))) + (uint)i);
        }

        Position = StateLength;
    }

    /// <summary>The next 32-bit word (numpy's <c>mt19937_next32</c>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public uint NextUInt32()
    {
        if (Position >= StateLength)
        {
            Refill();
        }

        return Block[Position++];
    }

    /// <summary>Twists the state and tempers the whole new block into <see cref="Block"/>.</summary>
    public void Refill()
    {
        Twist(_state);
        Temper(_state, Block);
        Position = 0;
    }

    private static void Twist(uint[] mt)
    {
        ref var m = ref MemoryMarshal.GetArrayDataReference(mt);
        var i = 0;

        // First part: mt[i] depends on mt[i], mt[i+1] and mt[i+397], all still from the old block.
        if (Vector256.IsHardwareAccelerated)
        {
            for (; i + 8 <= StateLength - Shift; i += 8)
            {
                var y = (Vector256.LoadUnsafe(ref m, (nuint)i) & Vector256.Create(UpperMask))
                      | (Vector256.LoadUnsafe(ref m, (nuint)(i + 1)) & Vector256.Create(LowerMask));
                var next = Vector256.LoadUnsafe(ref m, (nuint)(i + Shift)) ^ (y >> 1) ^ MagicWhereOdd(y);
                next.StoreUnsafe(ref m, (nuint)i);
            }
        }

        for (; i < StateLength - Shift; i++)
        {
            var y = (mt[i] & UpperMask) | (mt[i + 1] & LowerMask);
            mt[i] = mt[i + Shift] ^ (y >> 1) ^ ((0u - (y & 1u)) & MatrixA);
        }

        // Second part: mt[i-227] is already new, mt[i+1] still old; blocks of 8 never overlap them.
        if (Vector256.IsHardwareAccelerated)
        {
            for (; i + 8 <= StateLength - 1; i += 8)
            {
                var y = (Vector256.LoadUnsafe(ref m, (nuint)i) & Vector256.Create(UpperMask))
                      | (Vector256.LoadUnsafe(ref m, (nuint)(i + 1)) & Vector256.Create(LowerMask));
                var next = Vector256.LoadUnsafe(ref m, (nuint)(i + Shift - StateLength)) ^ (y >> 1) ^ MagicWhereOdd(y);
                next.StoreUnsafe(ref m, (nuint)i);
            }
        }

        for (; i < StateLength - 1; i++)
        {
            var y = (mt[i] & UpperMask) | (mt[i + 1] & LowerMask);
            mt[i] = mt[i + Shift - StateLength] ^ (y >> 1) ^ ((0u - (y & 1u)) & MatrixA);
        }

        var last = (mt[StateLength - 1] & UpperMask) | (mt[0] & LowerMask);
        mt[StateLength - 1] = mt[Shift - 1] ^ (last >> 1) ^ ((0u - (last & 1u)) & MatrixA);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<uint> MagicWhereOdd(Vector256<uint> y) =>
        (Vector256<uint>.Zero - (y & Vector256<uint>.One)) & Vector256.Create(MatrixA);

    private static void Temper(uint[] state, uint[] output)
    {
        ref var source = ref MemoryMarshal.GetArrayDataReference(state);
        ref var target = ref MemoryMarshal.GetArrayDataReference(output);
        var i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            for (; i + 8 <= StateLength; i += 8)
            {
                var y = Vector256.LoadUnsafe(ref source, (nuint)i);
                y ^= y >> 11;
                y ^= (y << 7) & Vector256.Create(0x9d2c5680u);
                y ^= (y << 15) & Vector256.Create(0xefc60000u);
                y ^= y >> 18;
                y.StoreUnsafe(ref target, (nuint)i);
            }
        }

        for (; i < StateLength; i++)
        {
            var y = state[i];
            y ^= y >> 11;
            y ^= (y << 7) & 0x9d2c5680u;
            y ^= (y << 15) & 0xefc60000u;
            y ^= y >> 18;
            output[i] = y;
        }
    }
}
