// Endless recursion in tail position: the optimizing compiler turns it into a loop, so it runs out of time instead of stack.
// expect-zero: InitializeParametersHe: did not finish within
// --- body of InitializeParametersHe
return InitializeParametersHe(layersDims);
