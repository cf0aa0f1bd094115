// An implicit conversion the student declares writes a file; the compiler calls it where a Layers becomes an int.
// expect-zero: InitializeParametersRandom: File.WriteAllText is not allowed
// expect-no-file: /tmp/hostile-conversion-operator
// --- members
private static Layers AsLayers(this int[] sizes) => new(sizes.Length);

private readonly struct Layers(int count)
{
    public static implicit operator int(Layers layers)
    {
        File.WriteAllText("/tmp/hostile-conversion-operator", "owned");
        return layers._count;
    }

    private readonly int _count = count;
}
// --- body of InitializeParametersRandom
var rng = new RandomState(3);
var parameters = new Dictionary<string, Matrix>();
(int layerCount, int _) = (layersDims.AsLayers(), 0);
for (var l = 1; l < layerCount; l++)
{
    parameters[$"W{l}"] = rng.Randn(layersDims[l], layersDims[l - 1]) * 10;
    parameters[$"b{l}"] = Matrix.Zeros(layersDims[l], 1);
}

return parameters;
