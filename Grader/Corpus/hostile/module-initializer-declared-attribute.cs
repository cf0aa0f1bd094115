// Declares its own ModuleInitializerAttribute in the framework's namespace: the compiler honours it and the code runs at load.
// expect-zero: InitializeParametersZeros: ModuleInitializerAttribute
// expect-zero: InitializeParametersRandom: ModuleInitializerAttribute
// expect-zero: InitializeParametersHe: ModuleInitializerAttribute
// expect-no-file: /tmp/hostile-module-initializer-declared-attribute
// --- members
[System.Runtime.CompilerServices.ModuleInitializer]
internal static void OnLoad() => File.WriteAllText("/tmp/hostile-module-initializer-declared-attribute", "owned");
// --- namespaces
namespace System.Runtime.CompilerServices
{
    [AttributeUsage(AttributeTargets.Method)]
    internal sealed class ModuleInitializerAttribute : Attribute;
}
