// Starts a shell.
// expect-zero: InitializeParametersRandom: Process.Start is not allowed
// --- body of InitializeParametersRandom
System.Diagnostics.Process.Start("sh", "-c 'echo pwned'");
return new Dictionary<string, Matrix>();
