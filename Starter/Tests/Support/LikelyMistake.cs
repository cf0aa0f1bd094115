using Initialization.Shared;

namespace Initialization.Tests.Support;

/// <summary>A typical mistake: the weights it produces for any layer sizes, and the hint to give when a student's weights look like that.</summary>
/// <param name="Hint">What probably went wrong and how to fix it.</param>
/// <param name="Weights">W1, W2, … as the mistaken code computes them for the given layer sizes.</param>
internal sealed record LikelyMistake(string Hint, Func<int[], IReadOnlyDictionary<string, Matrix>> Weights);
