// Reaches private state through GetType().
// expect-zero: InitializeParametersRandom: Object.GetType is not allowed
// --- body of InitializeParametersRandom
var rng = new RandomState(3);
var fields = rng.GetType().GetFields(System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance);
Console.WriteLine(fields.Length);
return new Dictionary<string, Matrix>();
