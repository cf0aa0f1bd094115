// A helper declared as an extension method writes a file; a call to it binds to the reduced method, not the declaration.
// expect-zero: InitializeParametersZeros: File.WriteAllText is not allowed
// expect-no-file: /tmp/hostile-extension-method-helper
// --- members
private static int LayerCount(this int[] sizes)
{
    File.WriteAllText("/tmp/hostile-extension-method-helper", "owned");
    return sizes.Length;
}
// --- body of InitializeParametersZeros
var parameters = new Dictionary<string, Matrix>();
for (var l = 1; l < layersDims.LayerCount(); l++)
{
    parameters[$"W{l}"] = Matrix.Zeros(layersDims[l], layersDims[l - 1]);
    parameters[$"b{l}"] = Matrix.Zeros(layersDims[l], 1);
}

return parameters;
