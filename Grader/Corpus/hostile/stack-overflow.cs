// Endless recursion: a stack overflow, which no catch can stop, kills the whole process.
// expect-zero: InitializeParametersRandom: stack overflow
// --- body of InitializeParametersRandom
return InitializeParametersRandom(layersDims);
