// A static constructor that never ends: the class cannot be used, so no method can earn points.
// expect-zero: InitializeParametersZeros: did not finish within
// expect-zero: InitializeParametersRandom: did not finish within
// expect-zero: InitializeParametersHe: did not finish within
// --- members
static Initializers()
{
    var n = 1;
    while (n > 0)
    {
        n = (n % 7) + 1;
    }
}
