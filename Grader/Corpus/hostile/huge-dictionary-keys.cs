// Returns keys of millions of characters, and a dictionary of a million entries: both reach the grader cut or refused, results.json stays small.
// expect-zero: InitializeParametersRandom: wrong form
// expect-zero: InitializeParametersHe: returned more than the grader accepts
// --- body of InitializeParametersRandom
var parameters = new Dictionary<string, Matrix>();
for (var i = 0; i < 4; i++)
{
    parameters[new string((char)('a' + i), 4_000_000)] = Matrix.Zeros(1, 1);
}

return parameters;
// --- body of InitializeParametersHe
var many = new Dictionary<string, Matrix>();
for (var i = 0; i < 1_000_000; i++)
{
    many[$"k{i}"] = null!;
}

return many;
