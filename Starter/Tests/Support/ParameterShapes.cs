using System.Diagnostics;
using Initialization.Shared;
using Initialization.Shared.Model;

namespace Initialization.Tests.Support;

/// <summary>Checks the keys and shapes every initializer must return.</summary>
[StackTraceHidden]
internal static class ParameterShapes
{
    /// <summary>
    /// Fails unless <paramref name="parameters"/> has exactly W1, b1, …, one pair per layer after the
    /// input, with W{l} of shape (layersDims[l], layersDims[l - 1]) and b{l} of shape (layersDims[l], 1).
    /// </summary>
    public static void AssertKeysAndShapes(IReadOnlyDictionary<string, Matrix> parameters, params int[] layersDims)
    {
        var expected = ParameterCheck.ExpectedShapes(layersDims);
        var problems = new List<string?>();
        if (!parameters.Keys.Order(StringComparer.Ordinal).SequenceEqual(expected.Select(e => e.Key).Order(StringComparer.Ordinal)))
        {
            problems.Add($"For layersDims [{string.Join(", ", layersDims)}] the dictionary needs exactly the keys {string.Join(", ", expected.Select(e => e.Key))}; yours has {string.Join(", ", parameters.Keys)}.");
        }

        foreach (var (key, shape) in expected.Where(e => parameters.ContainsKey(e.Key) && parameters[e.Key].Shape != e.Shape))
        {
            problems.Add($"{key} has shape {ShapeText.Of(parameters[key].Shape)}, expected {ShapeText.Of(shape)}: " +
                (key[0] == 'W' ? "rows = units of this layer, columns = units of the previous layer." : "one row per unit of this layer, one column."));
        }

        KitFailure.FailIfAny(problems);
    }
}
