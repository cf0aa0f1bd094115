// Returns a gigantic matrix: the worker refuses to send it, the grader is not flooded.
// expect-zero: InitializeParametersHe: returned more than the grader accepts
// --- body of InitializeParametersHe
return new Dictionary<string, Matrix> { ["W1"] = Matrix.Zeros(3000, 3000) };
