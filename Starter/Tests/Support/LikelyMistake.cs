using Initialization.Shared;

namespace Initialization.Tests.Support;

/// <summary>What a matrix looks like after a typical mistake, and the hint to give when a student's matrix looks like that.</summary>
/// <param name="Lookalike">The matrix the mistake produces.</param>
/// <param name="Hint">What probably went wrong and how to fix it.</param>
internal sealed record LikelyMistake(Matrix Lookalike, string Hint);
