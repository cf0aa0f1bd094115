// Sleeps forever: refused before it runs (threads are not allowed).
// expect-zero: InitializeParametersHe: Thread.Sleep is not allowed
// --- body of InitializeParametersHe
System.Threading.Thread.Sleep(System.Threading.Timeout.Infinite);
return new Dictionary<string, Matrix>();
