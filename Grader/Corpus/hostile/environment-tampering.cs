// Changes environment variables the grader's process might read.
// expect-zero: InitializeParametersZeros: Environment.SetEnvironmentVariable is not allowed
// --- body of InitializeParametersZeros
Environment.SetEnvironmentVariable("DOTNET_gcServer", "1");
return new Dictionary<string, Matrix>();
