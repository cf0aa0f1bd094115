// A static constructor that throws: every method fails with the exception, nothing crashes.
// expect-zero: InitializeParametersZeros: TypeInitializationException
// expect-zero: InitializeParametersRandom: TypeInitializationException
// expect-zero: InitializeParametersHe: TypeInitializationException
// --- members
static Initializers()
{
    _ = new int[int.Parse("-1", System.Globalization.CultureInfo.InvariantCulture)];
}
