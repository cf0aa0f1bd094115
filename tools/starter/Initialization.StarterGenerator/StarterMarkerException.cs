namespace Initialization.StarterGenerator;

/// <summary>The solution file's markers cannot be turned into a starter.</summary>
public sealed class StarterMarkerException : FormatException
{
    /// <summary>Creates the exception for a problem at a line of the solution file.</summary>
    /// <param name="line">The 1-based line number of the problem.</param>
    /// <param name="problem">What is wrong, as a sentence fragment.</param>
    public StarterMarkerException(int line, string problem)
        : base($"line {line}: {problem}")
    {
        Line = line;
    }

    /// <summary>The 1-based line number of the problem in the solution file.</summary>
    public int Line { get; }
}
