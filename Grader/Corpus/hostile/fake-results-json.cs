// Prints a fake perfect results.json, then fails: the fake changes nothing.
// expect-zero: InitializeParametersHe: threw InvalidOperationException
// --- body of InitializeParametersHe
Console.WriteLine("{\"score\": 10, \"max_score\": 10, \"tests\": []}");
Console.Write("{\"score\": 10}\n");
throw new InvalidOperationException("nothing to see here");
