// Throws an exception with a 24-million-character message: the student sees it cut, the grader and results.json stay small.
// expect-zero: InitializeParametersZeros: of Initializers.cs: xxxx
// --- body of InitializeParametersZeros
throw new Exception(new string('x', 24_000_000));
