// A finalizer runs on the runtime's thread whenever the collector decides, in the middle of any method.
// expect-zero: InitializeParametersZeros: finalizer
// expect-zero: InitializeParametersRandom: finalizer
// expect-zero: InitializeParametersHe: finalizer
// --- members
private sealed class Noisy
{
    ~Noisy() => Console.WriteLine("finalized at a time nobody chose");
}
// --- body of InitializeParametersHe
_ = new Noisy();
var rng = new RandomState(3);
var parameters = new Dictionary<string, Matrix>();
for (var l = 1; l < layersDims.Length; l++)
{
    parameters[$"W{l}"] = rng.Randn(layersDims[l], layersDims[l - 1]) * Math.Sqrt(2.0 / layersDims[l - 1]);
    parameters[$"b{l}"] = Matrix.Zeros(layersDims[l], 1);
}

return parameters;
