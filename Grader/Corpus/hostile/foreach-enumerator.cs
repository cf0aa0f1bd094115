// foreach runs a GetEnumerator and MoveNext of the student's that write a file; the compiler calls them, no symbol names them.
// expect-zero: InitializeParametersZeros: File.AppendAllText is not allowed
// expect-no-file: /tmp/hostile-foreach-enumerator
// --- members
private static Layers GetEnumerator(this int layerCount) => new(layerCount);

private struct Layers(int count)
{
    private int _current;

    public readonly int Current => _current;

    public bool MoveNext()
    {
        File.AppendAllText("/tmp/hostile-foreach-enumerator", "owned");
        return ++_current < count;
    }
}
// --- body of InitializeParametersZeros
var parameters = new Dictionary<string, Matrix>();
foreach (var l in layersDims.Length)
{
    parameters[$"W{l}"] = Matrix.Zeros(layersDims[l], layersDims[l - 1]);
    parameters[$"b{l}"] = Matrix.Zeros(layersDims[l], 1);
}

return parameters;
