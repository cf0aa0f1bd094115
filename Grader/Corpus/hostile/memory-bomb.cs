// Allocates until memory runs out.
// expect-zero: InitializeParametersRandom: memory
// --- body of InitializeParametersRandom
var hoard = new List<double[]>();
while (true)
{
    hoard.Add(new double[1_000_000]);
}
