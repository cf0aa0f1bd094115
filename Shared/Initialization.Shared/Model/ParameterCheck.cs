namespace Initialization.Shared.Model;

/// <summary>
/// Checks that an initializer returned what the model needs (keys W1, b1, … with the right
/// shapes), with messages that say what is wrong in the student's terms.
/// </summary>
public static class ParameterCheck
{
    /// <summary>The shapes an initializer must return for <paramref name="layersDims"/>: W{l} is (dims[l], dims[l-1]), b{l} is (dims[l], 1).</summary>
    /// <param name="layersDims">Layer sizes, input first.</param>
    /// <returns>Each expected key with its shape, in the order W1, b1, W2, b2, ….</returns>
    public static IReadOnlyList<(string Key, (int Rows, int Cols) Shape)> ExpectedShapes(IReadOnlyList<int> layersDims)
    {
        ArgumentNullException.ThrowIfNull(layersDims);
        var shapes = new List<(string, (int, int))>();
        for (var l = 1; l < layersDims.Count; l++)
        {
            shapes.Add(($"W{l}", (layersDims[l], layersDims[l - 1])));
            shapes.Add(($"b{l}", (layersDims[l], 1)));
        }

        return shapes;
    }

    /// <summary>
    /// The problems with <paramref name="parameters"/> for <paramref name="layersDims"/>, as
    /// sentences; empty when the keys and shapes are right.
    /// </summary>
    /// <param name="parameters">What the initializer returned (may be null).</param>
    /// <param name="layersDims">The layer sizes it was given.</param>
    /// <returns>One sentence per problem.</returns>
    public static IReadOnlyList<string> Problems(IReadOnlyDictionary<string, Matrix>? parameters, IReadOnlyList<int> layersDims)
    {
        ArgumentNullException.ThrowIfNull(layersDims);
        if (parameters is null)
        {
            return ["returned null instead of a dictionary of parameters"];
        }

        var problems = new List<string>();
        var expected = ExpectedShapes(layersDims);
        foreach (var (key, shape) in expected)
        {
            if (!parameters.TryGetValue(key, out var matrix))
            {
                problems.Add($"has no \"{key}\" (expected a {Matrix.FormatShape(shape)} matrix)");
            }
            else if (matrix is null)
            {
                problems.Add($"maps \"{key}\" to null (expected a {Matrix.FormatShape(shape)} matrix)");
            }
            else if (matrix.Shape != shape)
            {
                var hint = matrix.Shape == (shape.Cols, shape.Rows) ? " (transposed: rows are the current layer, columns the previous one)" : string.Empty;
                problems.Add($"gives \"{key}\" the shape {Matrix.FormatShape(matrix.Shape)}, expected {Matrix.FormatShape(shape)}{hint}");
            }
        }

        var extra = parameters.Keys.Where(k => expected.All(e => e.Key != k)).OrderBy(k => k, StringComparer.Ordinal).ToList();
        if (extra.Count > 0)
        {
            problems.Add($"has unexpected keys {string.Join(", ", extra.Select(k => $"\"{k}\""))} (a network with {layersDims.Count} layer sizes has {layersDims.Count - 1} weight matrices)");
        }

        return problems;
    }
}
