// Takes the type of a refused class with typeof (an ldtoken), to reach it by reflection.
// expect-zero: InitializeParametersRandom: System.IO.File
// --- body of InitializeParametersRandom
Console.WriteLine(typeof(File).FullName);
return new Dictionary<string, Matrix>();
