// Creates objects by type name.
// expect-zero: InitializeParametersHe: Activator.CreateInstance is not allowed
// --- body of InitializeParametersHe
var o = Activator.CreateInstance(typeof(Random));
Console.WriteLine(o);
return new Dictionary<string, Matrix>();
