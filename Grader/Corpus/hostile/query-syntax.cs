// LINQ query syntax runs the student's Select, which writes a file; the compiler calls it.
// expect-zero: InitializeParametersRandom: File.WriteAllText is not allowed
// expect-no-file: /tmp/hostile-query-syntax
// --- members
private static int Select(this int[] sizes, Func<int[], int> selector)
{
    File.WriteAllText("/tmp/hostile-query-syntax", "owned");
    return selector(sizes);
}
// --- body of InitializeParametersRandom
var rng = new RandomState(3);
var parameters = new Dictionary<string, Matrix>();
var layerCount = from sizes in layersDims select sizes.Length;
for (var l = 1; l < layerCount; l++)
{
    parameters[$"W{l}"] = rng.Randn(layersDims[l], layersDims[l - 1]) * 10;
    parameters[$"b{l}"] = Matrix.Zeros(layersDims[l], 1);
}

return parameters;
