using System.Diagnostics;
using Initialization.Shared.Model;
using NUnit.Framework;

namespace Initialization.Tests;

/// <summary>
/// Makes a failing Debug.Assert or Trace.Assert in your code fail the test that called it, like
/// Python's assert raises AssertionError, with "your assertion on line N failed: MESSAGE" (the
/// grader's words); without it, a failing assert would stop the whole test run.
/// </summary>
[SetUpFixture]
public sealed class AssertsLikePython
{
    /// <summary>Makes the failing listener Trace's only one (Debug's asserts go to Trace's listeners too).</summary>
    [OneTimeSetUp]
    public void Install()
    {
        Trace.Listeners.Clear();
        Trace.Listeners.Add(new FailingListener());
    }

    /// <summary>Thrown by a failing assert in your code.</summary>
    /// <param name="message">"your assertion on line N failed: MESSAGE".</param>
    public sealed class AssertionFailedException(string message) : Exception(message);

    /// <summary>Turns a failed assert into <see cref="AssertionFailedException"/>; drops Debug and Trace output.</summary>
    private sealed class FailingListener : TraceListener
    {
        public override void Fail(string? message, string? detailMessage) => throw Failure(message, detailMessage);

        public override void Fail(string? message) => throw Failure(message, null);

        public override void Write(string? message)
        {
        }

        public override void WriteLine(string? message)
        {
        }

        private static AssertionFailedException Failure(string? message, string? detailMessage)
        {
            // The first frame with a line outside this class: the assert in your code.
            var line = new StackTrace(fNeedFileInfo: true).GetFrames()
                .Where(f => f.GetMethod()?.DeclaringType is { } type && type != typeof(FailingListener))
                .Select(f => f.GetFileLineNumber())
                .FirstOrDefault(n => n > 0);
            return new AssertionFailedException(ExceptionHints.FailedAssertion(line, message, detailMessage));
        }
    }
}
