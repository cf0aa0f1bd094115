using Initialization.Shared.Model;
using Newtonsoft.Json.Linq;

namespace Initialization.Shared.Tests.Model;

/// <summary>The comparisons the model tests make against numpy's fixtures.</summary>
internal static class ModelAssert
{
    /// <summary>The kit's fidelity promise for costs: within one part in a billion of numpy's.</summary>
    public const double RelativeCostTolerance = 1e-9;

    /// <summary>Same iterations; each cost within the tolerance, and +∞ exactly where numpy has +∞.</summary>
    public static void Costs(IReadOnlyList<CostReport> actual, IReadOnlyList<CostReport> expected)
    {
        Assert.That(actual.Select(c => c.Iteration), Is.EqualTo(expected.Select(c => c.Iteration)), "reported iterations");
        Assert.Multiple(() =>
        {
            for (var i = 0; i < expected.Count; i++)
            {
                var want = expected[i].Cost;
                var message = $"cost at iteration {expected[i].Iteration}";
                if (double.IsFinite(want))
                {
                    Assert.That(actual[i].Cost, Is.EqualTo(want).Within(RelativeCostTolerance * Math.Abs(want)), message);
                }
                else
                {
                    Assert.That(actual[i].Cost, Is.EqualTo(want), message);
                }
            }
        });
    }

    /// <summary>Every parameter has numpy's shape and numpy's bits.</summary>
    public static void ParametersBitForBit(IReadOnlyDictionary<string, Matrix> actual, JToken expected)
    {
        Assert.Multiple(() =>
        {
            foreach (var parameter in expected.Members())
            {
                var shape = Fixture.Ints(parameter.Value.Get("shape"));
                var matrix = actual[parameter.Name];
                Assert.That(matrix.Shape, Is.EqualTo((shape[0], shape[1])), parameter.Name);
                Assert.That(Fixture.Bits(matrix.AsSpan()), Is.EqualTo(Fixture.Bits(parameter.Value.Get("values"))), parameter.Name);
            }

            Assert.That(actual.Keys.Order(), Is.EqualTo(expected.Members().Select(p => p.Name).Order()), "parameter names");
        });
    }

    /// <summary>Both parameter sets have the same names, shapes and bits.</summary>
    public static void SameBits(IReadOnlyDictionary<string, Matrix> actual, IReadOnlyDictionary<string, Matrix> expected)
    {
        Assert.Multiple(() =>
        {
            Assert.That(actual.Keys.Order(), Is.EqualTo(expected.Keys.Order()), "parameter names");
            foreach (var (name, matrix) in expected)
            {
                Assert.That(actual[name].Shape, Is.EqualTo(matrix.Shape), name);
                Assert.That(Fixture.Bits(actual[name].AsSpan()), Is.EqualTo(Fixture.Bits(matrix.AsSpan())), name);
            }
        });
    }
}
