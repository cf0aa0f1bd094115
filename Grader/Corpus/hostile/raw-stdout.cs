// Writes a fake result straight to the process's stdout.
// expect-zero: InitializeParametersHe: Console.OpenStandardOutput is not allowed
// --- body of InitializeParametersHe
using var stdout = Console.OpenStandardOutput();
var fake = System.Text.Encoding.UTF8.GetBytes("{\"score\": 10}");
stdout.Write(fake, 0, fake.Length);
return new Dictionary<string, Matrix>();
