// A using statement runs the student's Dispose, which writes a file; the compiler calls it.
// expect-zero: InitializeParametersHe: File.WriteAllText is not allowed
// expect-no-file: /tmp/hostile-using-dispose
// --- members
private static Scope Open(this int[] sizes) => new(sizes.Length);

private ref struct Scope(int layerCount)
{
    public readonly int LayerCount => layerCount;

    public readonly void Dispose() => File.WriteAllText("/tmp/hostile-using-dispose", "owned");
}
// --- body of InitializeParametersHe
var rng = new RandomState(3);
var parameters = new Dictionary<string, Matrix>();
using var scope = layersDims.Open();
for (var l = 1; l < scope.LayerCount; l++)
{
    parameters[$"W{l}"] = rng.Randn(layersDims[l], layersDims[l - 1]) * Math.Sqrt(2.0 / layersDims[l - 1]);
    parameters[$"b{l}"] = Matrix.Zeros(layersDims[l], 1);
}

return parameters;
