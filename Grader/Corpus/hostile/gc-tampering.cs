// Pokes the garbage collector.
// expect-zero: InitializeParametersRandom: GC.Collect is not allowed
// --- body of InitializeParametersRandom
GC.Collect();
return new Dictionary<string, Matrix>();
