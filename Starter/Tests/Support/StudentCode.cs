using System.Diagnostics;
using Initialization.Experiments;
using Initialization.Shared;

namespace Initialization.Tests.Support;

/// <summary>
/// Calls your initializer for a test. When it is not implemented yet, throws, or returns wrong
/// keys or shapes, the test fails with a message that says what happened and what to do,
/// instead of a bare exception; the method's later tests that would fail the same way are skipped.
/// </summary>
[StackTraceHidden]
internal static class StudentCode
{
    /// <summary>Your method's parameters for <paramref name="layersDims"/>, or a failed test that explains why there are none.</summary>
    /// <param name="methodName">The method's name, for the messages.</param>
    /// <param name="initializer">Your method.</param>
    /// <param name="layersDims">Layer sizes, input layer first.</param>
    /// <returns>W1, b1, W2, b2, … with the right shapes.</returns>
    public static IReadOnlyDictionary<string, Matrix> Parameters(string methodName, Func<int[], Dictionary<string, Matrix>> initializer, params int[] layersDims)
    {
        var outcome = InitializerCall.Invoke(methodName, initializer, layersDims);
        switch (outcome.Status)
        {
            case InitializerStatus.NotImplemented:
                KitFailure.FailOnce(outcome.Message!, $"{outcome.Message}\nIn Starter/Initializers.cs, replace the \"// YOUR CODE HERE\" line of {methodName} and the throw below it with your code.");
                break;
            case InitializerStatus.Failed:
                KitFailure.FailOnce(outcome.Message!, $"{outcome.Message}\nRemember: for every layer l = 1 … layersDims.Length - 1, W{{l}} has shape (layersDims[l], layersDims[l - 1]) and b{{l}} has shape (layersDims[l], 1).");
                break;
        }

        return outcome.Parameters!;
    }
}
