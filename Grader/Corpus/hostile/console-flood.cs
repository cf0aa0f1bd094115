// Prints megabytes of output, then does the work right: it keeps its points.
// --- body of InitializeParametersZeros
for (var i = 0; i < 200_000; i++)
{
    Console.WriteLine($"debug line {i}: layersDims = [{string.Join(", ", layersDims)}]");
}

var parameters = new Dictionary<string, Matrix>();
for (var l = 1; l < layersDims.Length; l++)
{
    parameters[$"W{l}"] = Matrix.Zeros(layersDims[l], layersDims[l - 1]);
    parameters[$"b{l}"] = Matrix.Zeros(layersDims[l], 1);
}

return parameters;
