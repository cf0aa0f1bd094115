// Allocates unmanaged memory.
// expect-zero: InitializeParametersHe: Marshal.AllocHGlobal is not allowed
// --- body of InitializeParametersHe
var p = System.Runtime.InteropServices.Marshal.AllocHGlobal(1 << 30);
Console.WriteLine(p);
return new Dictionary<string, Matrix>();
