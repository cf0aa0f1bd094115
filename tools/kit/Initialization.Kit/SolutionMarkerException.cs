namespace Initialization.Kit;

/// <summary>
/// A solution file's markers are malformed: an unbalanced or nested region, a region without a
/// <c>// STUB:</c> line, a <c>// STUB:</c> line after the solution code, or a region outside a method.
/// </summary>
public class SolutionMarkerException : FormatException
{
    /// <summary>Creates the exception for a problem at a line of the solution file.</summary>
    /// <param name="line">The 1-based line number of the problem.</param>
    /// <param name="problem">What is wrong, as a sentence fragment.</param>
    public SolutionMarkerException(int line, string problem)
        : this(line, problem, null)
    {
    }

    /// <summary>Creates the exception for a problem at a line of the solution file, found by another exception.</summary>
    /// <param name="line">The 1-based line number of the problem.</param>
    /// <param name="problem">What is wrong, as a sentence fragment.</param>
    /// <param name="innerException">The exception that reported the problem first, if any.</param>
    public SolutionMarkerException(int line, string problem, Exception? innerException)
        : base($"line {line}: {problem}", innerException)
    {
        Line = line;
        Problem = problem;
    }

    /// <summary>The 1-based line number of the problem in the solution file.</summary>
    public int Line { get; }

    /// <summary>What is wrong, without the line number (the message is <c>line N: problem</c>).</summary>
    public string Problem { get; }
}
