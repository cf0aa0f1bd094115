// Names a refused type only as a generic argument.
// expect-zero: InitializeParametersHe: System.Diagnostics.Process
// --- body of InitializeParametersHe
var processes = new List<System.Diagnostics.Process>();
Console.WriteLine(processes.Count);
return new Dictionary<string, Matrix>();
