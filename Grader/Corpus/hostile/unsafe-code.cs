// Uses pointers: unsafe code does not compile here.
// expect-zero: InitializeParametersRandom: did not compile
// --- body of InitializeParametersRandom
unsafe
{
    var values = new int[1];
    fixed (int* p = values)
    {
        *(p + 1000) = 1;
    }
}

return new Dictionary<string, Matrix>();
