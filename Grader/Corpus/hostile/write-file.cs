// Writes a file outside the grader's output.
// expect-zero: InitializeParametersZeros: File.WriteAllText is not allowed
// --- body of InitializeParametersZeros
File.WriteAllText(Path.Combine(Path.GetTempPath(), "pwned-by-submission"), "owned");
return new Dictionary<string, Matrix>();
