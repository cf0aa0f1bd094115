namespace Initialization.Grader.Pipeline;

/// <summary>What compilation produced: the assembly to run and which graded methods can be called.</summary>
/// <param name="Assembly">The PE image with embedded PDB, or null when nothing could be compiled.</param>
/// <param name="TypeName">The runtime name of the class holding the graded methods, or null.</param>
/// <param name="Methods">Each graded method's availability.</param>
public sealed record CompiledSubmission(byte[]? Assembly, string? TypeName, IReadOnlyDictionary<string, MethodAvailability> Methods);
