// Opens a network connection.
// expect-zero: InitializeParametersRandom: System.Net.Http.HttpClient is not allowed
// --- body of InitializeParametersRandom
using var client = new System.Net.Http.HttpClient();
Console.WriteLine(client.GetStringAsync("http://example.invalid").Result);
return new Dictionary<string, Matrix>();
