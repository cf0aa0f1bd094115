using Initialization.Shared;
using Initialization.Shared.Model;
using NUnit.Framework;

namespace Initialization.Tests.Support;

/// <summary>Checks the keys and shapes every initializer must return.</summary>
internal static class ParameterShapes
{
    /// <summary>
    /// Asserts that <paramref name="parameters"/> has exactly W1, b1, …, one pair per layer after the
    /// input, with W{l} of shape (layersDims[l], layersDims[l - 1]) and b{l} of shape (layersDims[l], 1).
    /// </summary>
    public static void AssertKeysAndShapes(IReadOnlyDictionary<string, Matrix> parameters, params int[] layersDims)
    {
        var expected = ParameterCheck.ExpectedShapes(layersDims);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(parameters.Keys, Is.EquivalentTo(expected.Select(e => e.Key)),
                $"For layersDims [{string.Join(", ", layersDims)}] the dictionary needs exactly the keys {string.Join(", ", expected.Select(e => e.Key))}.");
            foreach (var (key, shape) in expected.Where(e => parameters.ContainsKey(e.Key)))
            {
                Assert.That(parameters[key].Shape, Is.EqualTo(shape),
                    $"{key} must have shape {ShapeText.Of(shape)}: {(key[0] == 'W' ? "rows = units of this layer, columns = units of the previous layer" : "one row per unit of this layer, one column")}.");
            }
        }
    }
}
