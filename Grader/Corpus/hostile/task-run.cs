// Runs work in the background with a task.
// expect-zero: InitializeParametersHe: Task.Run is not allowed
// --- body of InitializeParametersHe
System.Threading.Tasks.Task.Run(() => Console.WriteLine("background"));
return new Dictionary<string, Matrix>();
