// Reads RandomState's private state through an UnsafeAccessor.
// expect-zero: InitializeParametersRandom: UnsafeAccessorAttribute
// --- members
[System.Runtime.CompilerServices.UnsafeAccessor(System.Runtime.CompilerServices.UnsafeAccessorKind.Field, Name = "_twister")]
private static extern ref object Twister(RandomState rng);
// --- body of InitializeParametersRandom
Console.WriteLine(Twister(new RandomState(3)));
return new Dictionary<string, Matrix>();
