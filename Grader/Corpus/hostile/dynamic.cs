// Uses dynamic to get around the compiler's checks.
// expect-zero: InitializeParametersZeros: dynamic is not allowed
// --- body of InitializeParametersZeros
dynamic sizes = layersDims;
Console.WriteLine(sizes.Length);
return new Dictionary<string, Matrix>();
