using Initialization.Shared;

namespace Initialization.Tests.Support;

/// <summary>Entry point for the kit's constraints, read like NUnit's <c>Is</c>.</summary>
internal static class Matches
{
    /// <summary>The actual value is a matrix equal to <paramref name="expected"/> (see <see cref="MatrixConstraint"/>).</summary>
    public static MatrixConstraint Matrix(string name, Matrix expected) => new(name, expected);
}
