using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Initialization.Shared.Model;

namespace Initialization.Shared.Tests.Model;

/// <summary>The in-register transposes give exactly what the value-by-value fallback gives.</summary>
public class BlockTransposeTests
{
    [Test]
    public void Store8x8AndStore2x8_WriteWhatRowsToExamplesWrites()
    {
        if (!BlockTranspose.InRegisters)
        {
            Assert.Ignore("This machine has no AVX-512: the kernels use RowsToExamples only.");
        }

        const int stride = 16;
        const int lanes = 16;
        var rows = new RandomState(5).Randn(10, stride).ToArray();
        var expected = new double[stride * lanes];
        BlockTranspose.RowsToExamples(rows, 10, stride, expected, lanes);
        var actual = new double[stride * lanes];

        for (var v = 0; v < stride; v += 8)
        {
            var r = Enumerable.Range(0, 10).Select(row => Vector512.Create(rows.AsSpan((row * stride) + v, 8))).ToArray();
            ref var target = ref MemoryMarshal.GetArrayDataReference(actual);
            BlockTranspose.Store8x8(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], ref Unsafe.Add(ref target, v * lanes), lanes);
            BlockTranspose.Store2x8(r[8], r[9], ref Unsafe.Add(ref target, (v * lanes) + 8), lanes);
        }

        Assert.That(actual, Is.EqualTo(expected));
        Assert.That(expected[(3 * lanes) + 9], Is.EqualTo(rows[(9 * stride) + 3]), "unit 9 of example 3");
    }
}
