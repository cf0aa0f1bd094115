// Reads a file through a delegate made from a method group, never calling File directly.
// expect-zero: InitializeParametersZeros: File.ReadAllText is not allowed
// --- body of InitializeParametersZeros
Func<string, string> read = File.ReadAllText;
Console.WriteLine(read("/etc/hostname").Length);
return new Dictionary<string, Matrix>();
