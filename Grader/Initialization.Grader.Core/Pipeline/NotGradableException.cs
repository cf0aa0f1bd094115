namespace Initialization.Grader.Pipeline;

/// <summary>
/// The submission cannot be graded at all (no file, several candidates, not text, too large, …).
/// The grader reports it as "not gradable" with a score of 0; it is not a fault of the grader.
/// </summary>
public sealed class NotGradableException : Exception
{
    /// <summary>Creates the exception with a message for the student.</summary>
    /// <param name="message">What is wrong and what to do.</param>
    public NotGradableException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message for the student and its cause.</summary>
    /// <param name="message">What is wrong and what to do.</param>
    /// <param name="innerException">The underlying error.</param>
    public NotGradableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a generic message.</summary>
    public NotGradableException()
        : base("the submission cannot be graded")
    {
    }
}
