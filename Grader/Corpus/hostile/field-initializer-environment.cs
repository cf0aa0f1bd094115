// A static field initializer reads the environment: all methods lose.
// expect-zero: InitializeParametersZeros: Environment.GetEnvironmentVariable is not allowed
// expect-zero: InitializeParametersRandom: the static initialization of Initializers
// expect-zero: InitializeParametersHe: Environment.GetEnvironmentVariable is not allowed
// --- members
private static readonly string? s_home = Environment.GetEnvironmentVariable("HOME");
