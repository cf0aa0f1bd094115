// Loads a type by name to call it through reflection.
// expect-zero: InitializeParametersZeros: Type.GetType is not allowed
// --- body of InitializeParametersZeros
var file = Type.GetType("System.IO.File");
Console.WriteLine(file);
return new Dictionary<string, Matrix>();
