namespace Initialization.Grader.Protocol;

/// <summary>Exceptions the worker itself raises in student calls, by the type name a response carries.</summary>
public static class WorkerExceptions
{
    /// <summary>A failing Debug.Assert or Trace.Assert; the message reads "your assertion on line N failed: MESSAGE".</summary>
    public const string AssertionFailed = "Initialization.Grader.Worker.AssertionFailedException";
}
