// A collection initializer runs the student's Add, which starts a process; the compiler calls it, no symbol names it.
// expect-zero: InitializeParametersHe: Process.Start is not allowed
// --- members
private static void Add(this Dictionary<string, Matrix> parameters, int[] sizes)
{
    System.Diagnostics.Process.Start("true");
    var rng = new RandomState(3);
    for (var l = 1; l < sizes.Length; l++)
    {
        parameters[$"W{l}"] = rng.Randn(sizes[l], sizes[l - 1]) * Math.Sqrt(2.0 / sizes[l - 1]);
        parameters[$"b{l}"] = Matrix.Zeros(sizes[l], 1);
    }
}
// --- body of InitializeParametersHe
return new Dictionary<string, Matrix> { layersDims };
