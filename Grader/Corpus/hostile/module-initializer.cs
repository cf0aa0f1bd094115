// A module initializer runs when the assembly loads, before any graded method.
// expect-zero: InitializeParametersZeros: ModuleInitializerAttribute
// expect-zero: InitializeParametersRandom: ModuleInitializerAttribute
// expect-zero: InitializeParametersHe: ModuleInitializerAttribute
// --- members
[System.Runtime.CompilerServices.ModuleInitializer]
internal static void OnLoad() => Console.WriteLine("loaded");
