// Recurses thousands of calls deep, then throws with a long message: the stack trace and the message reach the student cut.
// expect-zero: InitializeParametersHe: threw InvalidOperationException
// --- members
private static int Deep(int depth) => depth == 0 ? throw new InvalidOperationException(new string('y', 100_000)) : Deep(depth - 1) + 1;
// --- body of InitializeParametersHe
return new Dictionary<string, Matrix> { ["W1"] = Matrix.Zeros(Deep(5000), 1) };
