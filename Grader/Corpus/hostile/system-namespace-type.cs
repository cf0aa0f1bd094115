// Declares a type in the System.IO namespace, where the allowlist would read its name as the framework's.
// expect-zero: InitializeParametersZeros: System.IO.Layers
// expect-zero: InitializeParametersRandom: System.IO.Layers
// expect-zero: InitializeParametersHe: System.IO.Layers
// --- body of InitializeParametersZeros
var parameters = new Dictionary<string, Matrix>();
for (var l = 1; l < System.IO.Layers.Count(layersDims); l++)
{
    parameters[$"W{l}"] = Matrix.Zeros(layersDims[l], layersDims[l - 1]);
    parameters[$"b{l}"] = Matrix.Zeros(layersDims[l], 1);
}

return parameters;
// --- namespaces
namespace System.IO
{
    internal static class Layers
    {
        internal static int Count(int[] sizes) => sizes.Length;
    }
}
