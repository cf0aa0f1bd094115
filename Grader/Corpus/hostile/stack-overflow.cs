// Endless recursion: a stack overflow, which no catch can stop, kills the whole process.
// expect-zero: InitializeParametersRandom: stack overflow
// --- body of InitializeParametersRandom
var deeper = InitializeParametersRandom(layersDims);
deeper["W1"] = Matrix.Zeros(1, 1);
return deeper;
