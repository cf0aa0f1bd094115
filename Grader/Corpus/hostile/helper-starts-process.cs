// A helper starts a process; only the method that calls it loses.
// expect-zero: InitializeParametersHe: (in Sneak, which it runs)
// --- members
private static void Sneak() => System.Diagnostics.Process.Start("true");
// --- body of InitializeParametersHe
Sneak();
var rng = new RandomState(3);
var parameters = new Dictionary<string, Matrix>();
for (var l = 1; l < layersDims.Length; l++)
{
    parameters[$"W{l}"] = rng.Randn(layersDims[l], layersDims[l - 1]) * Math.Sqrt(2.0 / layersDims[l - 1]);
    parameters[$"b{l}"] = Matrix.Zeros(layersDims[l], 1);
}

return parameters;
