// Calls the C library through P/Invoke.
// expect-zero: InitializeParametersHe: extern
// --- members
[System.Runtime.InteropServices.DllImport("libc")]
private static extern int getpid();
// --- body of InitializeParametersHe
Console.WriteLine(getpid());
return new Dictionary<string, Matrix>();
