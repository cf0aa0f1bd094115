// An endless loop in one method.
// expect-zero: InitializeParametersHe: did not finish within
// --- body of InitializeParametersHe
var spins = 0L;
while (spins >= 0)
{
    spins = (spins + 1) % 1000;
}

return new Dictionary<string, Matrix>();
