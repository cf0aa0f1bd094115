using BenchmarkDotNet.Attributes;

namespace Initialization.Shared.Benchmarks;

/// <summary>
/// Throughput of <see cref="RandomState.Randn"/> for the sizes numpy is compared at
/// (tools/bench/randn_vs_numpy.sh): one million values, and a layer-sized matrix.
/// </summary>
[MemoryDiagnoser]
public class RandnBenchmarks
{
    private readonly RandomState _rng = new(1);
    private readonly double[] _buffer = new double[1_000_000];

    /// <summary>The matrix call students make, allocation included: 1000 x 1000 values.</summary>
    [Benchmark]
    public Matrix Randn1000x1000() => _rng.Randn(1000, 1000);

    /// <summary>The generator alone, into a reused buffer (no allocation).</summary>
    [Benchmark]
    public void FillStandardNormal1M() => _rng.FillStandardNormal(_buffer);

    /// <summary>A layer of the wide network of the hidden tests: [784, 128].</summary>
    [Benchmark]
    public Matrix Randn128x784() => _rng.Randn(128, 784);
}
