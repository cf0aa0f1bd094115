// Calls the C library through P/Invoke declared as a local function inside the graded method.
// expect-zero: InitializeParametersHe: extern
// --- body of InitializeParametersHe
Console.WriteLine("pid " + getpid());
return new Dictionary<string, Matrix>();

[System.Runtime.InteropServices.DllImport("libc")]
static extern int getpid();
