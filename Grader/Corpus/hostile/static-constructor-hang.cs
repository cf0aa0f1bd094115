// A static constructor that never ends: the class cannot be used, so no method can earn points; the grader waits out one limit for it, not one per method.
// expect-zero: InitializeParametersZeros: did not finish within 2 s: the static initialization of Initializers (its static constructor and static field initializers) never ended
// expect-zero: InitializeParametersRandom: did not finish within 2 s: the static initialization of Initializers
// expect-zero: InitializeParametersHe: did not finish within 2 s: the static initialization of Initializers
// --- members
static Initializers()
{
    var n = 1;
    while (n > 0)
    {
        n = (n % 7) + 1;
    }
}
