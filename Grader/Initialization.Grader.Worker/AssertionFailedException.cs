namespace Initialization.Grader.Worker;

/// <summary>
/// A Debug.Assert or Trace.Assert of the student's code that failed: it ends the call as
/// Python's AssertionError ends a function, with the assertion's line and message.
/// </summary>
internal sealed class AssertionFailedException : Exception
{
    /// <summary>Creates the exception with the text the student reads.</summary>
    /// <param name="message">"your assertion on line N failed: MESSAGE".</param>
    public AssertionFailedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception without a text (serialization and analyzers' pattern).</summary>
    public AssertionFailedException()
    {
    }

    /// <summary>Creates the exception with a text and an inner exception (analyzers' pattern).</summary>
    /// <param name="message">The text.</param>
    /// <param name="innerException">The cause.</param>
    public AssertionFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
