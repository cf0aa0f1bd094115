namespace Initialization.Grader.Pipeline;

/// <summary>
/// The machine cannot isolate the worker, and the instructor did not opt out: no student code
/// may run. The message names what is missing and how to get it.
/// </summary>
public sealed class SandboxUnavailableException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SandboxUnavailableException()
        : this("this machine cannot isolate student code")
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="missing">What is missing, and how to get it.</param>
    public SandboxUnavailableException(string missing)
        : base($"student code cannot be isolated on this machine: {missing}. Grading refuses to run untrusted code without isolation; " +
            $"to grade anyway, at your own risk (only on a machine or container you can throw away), pass {WorkerSandbox.OptOutFlag}.")
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="inner">The cause.</param>
    public SandboxUnavailableException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
