// Writes a file outside the grader's output.
// expect-zero: InitializeParametersZeros: File.WriteAllText is not allowed
// expect-no-file: /tmp/pwned-by-submission
// --- body of InitializeParametersZeros
File.WriteAllText("/tmp/pwned-by-submission", "owned");
return new Dictionary<string, Matrix>();
