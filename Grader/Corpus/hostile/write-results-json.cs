// Overwrites Gradescope's results file with a perfect score.
// expect-zero: InitializeParametersHe: File.WriteAllText is not allowed
// expect-no-file: /autograder/results/results.json
// --- body of InitializeParametersHe
File.WriteAllText("/autograder/results/results.json", "{\"score\": 10}");
return new Dictionary<string, Matrix>();
