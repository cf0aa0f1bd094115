// Crashes the process on purpose.
// expect-zero: InitializeParametersRandom: Environment.FailFast is not allowed
// --- body of InitializeParametersRandom
Environment.FailFast("bye");
return null!;
