using System.Diagnostics;
using Initialization.Shared.Model;

namespace Initialization.Grader.Worker;

/// <summary>
/// Makes a failing Debug.Assert or Trace.Assert in student code throw
/// <see cref="AssertionFailedException"/>, as a failing assert raises AssertionError in Python,
/// instead of killing the process (.NET's default, Environment.FailFast). The public tests install
/// the same behaviour with the same words (Starter/Tests/Support/AssertsLikePython.cs).
/// </summary>
internal static class PythonLikeAsserts
{
    private static readonly FailingTraceListener s_listener = new();

    /// <summary>
    /// Makes <see cref="FailingTraceListener"/> Trace's only listener; Debug and Trace output goes
    /// nowhere. Trace's first use also routes Debug's asserts to Trace's listeners. Called before
    /// every call, cheaply; student code cannot change the listeners (the allowlist lets it call
    /// Assert and nothing else of Debug and Trace).
    /// </summary>
    public static void Install()
    {
        var listeners = Trace.Listeners;
        if (listeners.Count != 1 || listeners[0] != s_listener)
        {
            listeners.Clear();
            listeners.Add(s_listener);
        }
    }

    /// <summary>"your assertion on line N failed: MESSAGE", N read from the stack of the failing call.</summary>
    private static AssertionFailedException Failure(string? message, string? detailMessage)
    {
        var line = new StackTrace(fNeedFileInfo: true).GetFrames()
            .Where(f => f.GetMethod()?.DeclaringType is { } type && type.Assembly != typeof(PythonLikeAsserts).Assembly)
            .Select(f => f.GetFileLineNumber())
            .FirstOrDefault(n => n > 0);
        return new AssertionFailedException(ExceptionHints.FailedAssertion(line, message, detailMessage));
    }

    private sealed class FailingTraceListener : TraceListener
    {
        public override void Fail(string? message, string? detailMessage) => throw Failure(message, detailMessage);

        public override void Fail(string? message) => throw Failure(message, null);

        public override void Write(string? message)
        {
        }

        public override void WriteLine(string? message)
        {
        }
    }
}
