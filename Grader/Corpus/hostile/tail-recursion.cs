// Endless recursion in tail position: an optimizing compiler could turn it into an endless loop; the grader compiles as the student's Debug build does (no tail calls), so it overflows the stack.
// expect-zero: InitializeParametersHe: crashed the test process with a stack overflow
// --- body of InitializeParametersHe
return InitializeParametersHe(layersDims);
