// Starts a thread that keeps running after the method returns.
// expect-zero: InitializeParametersZeros: Thread
// --- body of InitializeParametersZeros
new System.Threading.Thread(() => { while (true) { Console.WriteLine("still here"); } }).Start();
var parameters = new Dictionary<string, Matrix>();
for (var l = 1; l < layersDims.Length; l++)
{
    parameters[$"W{l}"] = Matrix.Zeros(layersDims[l], layersDims[l - 1]);
    parameters[$"b{l}"] = Matrix.Zeros(layersDims[l], 1);
}

return parameters;
