// Prints a fake perfect results.json to stdout and stderr, then fails: the fake changes nothing.
// expect-zero: InitializeParametersHe: threw InvalidOperationException
// --- body of InitializeParametersHe
Console.WriteLine("{\"score\": 10, \"max_score\": 10, \"tests\": []}");
Console.Error.WriteLine("{\"score\": 10, \"max_score\": 10, \"tests\": []}");
throw new InvalidOperationException("nothing to see here");
