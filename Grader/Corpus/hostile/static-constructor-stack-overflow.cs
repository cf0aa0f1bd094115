// A static constructor that recurses without end: the stack overflow kills the test process before any method runs, so all lose, with one explanation.
// expect-zero: InitializeParametersZeros: could not run: the static initialization of Initializers (its static constructor and static field initializers) crashed the test process with a stack overflow
// expect-zero: InitializeParametersRandom: the static initialization of Initializers
// expect-zero: InitializeParametersHe: the static initialization of Initializers
// --- members
private static readonly int s_depth = Deeper(0);

static Initializers()
{
}

private static int Deeper(int depth) => Deeper(depth + 1) + 1;
