// Redirects Console to hide or forge output.
// expect-zero: InitializeParametersRandom: Console.SetOut is not allowed
// --- body of InitializeParametersRandom
Console.SetOut(TextWriter.Null);
return new Dictionary<string, Matrix>();
