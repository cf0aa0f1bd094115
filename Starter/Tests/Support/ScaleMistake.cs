namespace Initialization.Tests.Support;

/// <summary>A wrong factor for the draws: what it is, in words, and the factor it gives layer l.</summary>
/// <param name="What">What the code does wrong and how to fix it, as a clause (no final period).</param>
/// <param name="Factor">The wrong factor for layer l of the given layer sizes.</param>
internal sealed record ScaleMistake(string What, Func<int[], int, double> Factor);
