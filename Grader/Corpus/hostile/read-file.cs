// Reads a file of the grading machine.
// expect-zero: InitializeParametersHe: File.ReadAllText is not allowed
// --- body of InitializeParametersHe
Console.WriteLine(File.ReadAllText("/etc/passwd"));
return new Dictionary<string, Matrix>();
