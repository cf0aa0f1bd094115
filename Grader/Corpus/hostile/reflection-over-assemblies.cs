// Lists the loaded assemblies to find the grader's.
// expect-zero: InitializeParametersHe: AppDomain
// --- body of InitializeParametersHe
foreach (var assembly in AppDomain.CurrentDomain.GetAssemblies())
{
    Console.WriteLine(assembly.FullName);
}

return new Dictionary<string, Matrix>();
