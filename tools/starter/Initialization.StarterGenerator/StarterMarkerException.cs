using Initialization.Kit;

namespace Initialization.StarterGenerator;

/// <summary>The solution file's markers cannot be turned into a starter.</summary>
/// <remarks>
/// Most of these problems are the kit's region reader's (<see cref="SolutionRegions"/>), with the
/// same message the student release reports; the starter adds a file without any region.
/// </remarks>
public sealed class StarterMarkerException : SolutionMarkerException
{
    /// <summary>Creates the exception for a problem at a line of the solution file.</summary>
    /// <param name="line">The 1-based line number of the problem.</param>
    /// <param name="problem">What is wrong, as a sentence fragment.</param>
    public StarterMarkerException(int line, string problem)
        : base(line, problem)
    {
    }

    /// <summary>Creates the exception for a problem at a line of the solution file, found by another exception.</summary>
    /// <param name="line">The 1-based line number of the problem.</param>
    /// <param name="problem">What is wrong, as a sentence fragment.</param>
    /// <param name="innerException">The exception that reported the problem first (the region reader's).</param>
    public StarterMarkerException(int line, string problem, Exception? innerException)
        : base(line, problem, innerException)
    {
    }
}
