// A static constructor deletes a file: it runs before any method, so all lose.
// expect-zero: InitializeParametersZeros: in the static constructor of Initializers
// expect-zero: InitializeParametersRandom: File.Delete is not allowed
// expect-zero: InitializeParametersHe: File.Delete is not allowed
// --- members
static Initializers()
{
    File.Delete("/tmp/something-important");
}
