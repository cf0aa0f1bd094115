using System.Collections.Concurrent;
using System.Diagnostics;
using NUnit.Framework;

namespace Initialization.Tests.Support;

/// <summary>
/// Fails a public test with a message written for you, and nothing else: no stack trace (this
/// class and the test classes are hidden from stack traces) and no assertion source line (NUnit
/// prints one under Assert.That's failures). A problem an earlier test of the same run already
/// reported fails once: the later tests it would fail too are skipped, naming that test.
/// </summary>
[StackTraceHidden]
internal static class KitFailure
{
    // Problem → the test that reported it first. Tests of one run share the process.
    private static readonly ConcurrentDictionary<string, string> s_reported = new(StringComparer.Ordinal);

    /// <summary>Fails the current test with <paramref name="message"/>.</summary>
    public static void Fail(string message) => throw new AssertionException(message);

    /// <summary>Fails the current test with every problem found, or does nothing when there is none.</summary>
    public static void FailIfAny(IEnumerable<string?> problems)
    {
        var found = problems.OfType<string>().ToList();
        if (found.Count > 0)
        {
            Fail(string.Join("\n\n", found));
        }
    }

    /// <summary>
    /// Fails the current test with <paramref name="message"/> the first time <paramref name="problem"/>
    /// comes up in this run; later tests that meet it again are skipped instead.
    /// </summary>
    public static void FailOnce(string problem, string message)
    {
        var test = TestContext.CurrentContext.Test.Name;
        var first = s_reported.GetOrAdd(problem, test);
        if (first != test)
        {
            Assert.Ignore($"Not checked: {FirstLine(problem)} (reported by {first}).");
        }

        Fail(message);
    }

    private static string FirstLine(string text) => text.Split('\n')[0];
}
