// A deconstruction runs the student's Deconstruct, which writes a file; the compiler calls it, no symbol names it.
// expect-zero: InitializeParametersRandom: File.WriteAllText is not allowed
// expect-no-file: /tmp/hostile-deconstruction
// --- members
private static void Deconstruct(this int[] sizes, out int first, out int count)
{
    File.WriteAllText("/tmp/hostile-deconstruction", "owned");
    (first, count) = (sizes[0], sizes.Length);
}
// --- body of InitializeParametersRandom
var rng = new RandomState(3);
var parameters = new Dictionary<string, Matrix>();
var (_, layerCount) = layersDims;
for (var l = 1; l < layerCount; l++)
{
    parameters[$"W{l}"] = rng.Randn(layersDims[l], layersDims[l - 1]) * 10;
    parameters[$"b{l}"] = Matrix.Zeros(layersDims[l], 1);
}

return parameters;
