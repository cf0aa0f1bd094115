using System.Runtime.CompilerServices;
using Initialization.Grader.Exercise;
using Initialization.Shared;

namespace Initialization.Grader.HiddenTests.Subject;

/// <summary>One call of an initializer, as these tests read it.</summary>
/// <param name="Kind">How it ended.</param>
/// <param name="Parameters">The returned entries when <see cref="CallKind.Returned"/> (values may be null).</param>
/// <param name="InputAfterCall">The layer sizes as the method left them (null when unknown).</param>
/// <param name="Explanation">For anything but a return: what happened, in the student's terms.</param>
public sealed record InitializerCall(CallKind Kind, IReadOnlyDictionary<string, Matrix?>? Parameters, int[]? InputAfterCall, string? Explanation)
{
    /// <summary>When it threw: the full name of the exception's type; else null.</summary>
    public string? ExceptionType { get; init; }

    /// <summary>The reference solution: the subject of these tests under a plain <c>dotnet test</c>.</summary>
    private static readonly InProcessSubmission s_reference = new(typeof(Initializers));

    /// <summary>Each submission's first calls, by method and argument; they go with the submission.</summary>
    private static readonly ConditionalWeakTable<ISubmission, Dictionary<string, InitializerCall>> s_firstCalls = [];

    /// <summary>Calls <paramref name="method"/>(<paramref name="layersDims"/>) on the submission under test.</summary>
    /// <param name="method">One of <see cref="GradedMethods.All"/>.</param>
    /// <param name="layersDims">The argument (the callee gets its own copy).</param>
    /// <returns>What happened.</returns>
    public static InitializerCall Run(string method, int[] layersDims) =>
        From(SubmissionUnderTest.CurrentOr(s_reference).Call(method, [layersDims]));

    /// <summary>
    /// The submission's first call of <paramref name="method"/>(<paramref name="layersDims"/>),
    /// made by the first test that reads it and remembered for the others: the tests that judge
    /// a call's result, its argument afterwards and its training (the course's network is read by
    /// four of them) judge one call, as the student's notebook makes it once. What only a new call
    /// shows (state kept from call to call) takes <see cref="Run"/>.
    /// </summary>
    /// <param name="method">One of <see cref="GradedMethods.All"/>.</param>
    /// <param name="layersDims">The argument (the callee gets its own copy; the caller's is not kept).</param>
    /// <returns>What happened, shared by the tests: read it, never change it.</returns>
    public static InitializerCall First(string method, int[] layersDims)
    {
        var submission = SubmissionUnderTest.CurrentOr(s_reference);
        var calls = s_firstCalls.GetValue(submission, static _ => new Dictionary<string, InitializerCall>(StringComparer.Ordinal));
        var key = $"{method}({string.Join(",", layersDims)})";
        lock (calls)
        {
            if (!calls.TryGetValue(key, out var call))
            {
                call = From(submission.Call(method, [layersDims]));
                calls[key] = call;
            }

            return call;
        }
    }

    /// <summary>Reads the generic outcome: the returned dictionary's matrices (an entry of another type counts as null) and the argument after the call.</summary>
    private static InitializerCall From(CallOutcome outcome)
    {
        var input = outcome.ArgumentsAfterCall is [int[] dims] ? dims : null;
        return outcome switch
        {
            { Kind: CallKind.Returned, Value: Dictionary<string, object?> entries } =>
                new(CallKind.Returned, entries.ToDictionary(kv => kv.Key, kv => kv.Value as Matrix), input, null),
            { Kind: CallKind.Returned } =>
                new(CallKind.Unavailable, null, input, "did not return a dictionary of matrices."),
            _ => new(outcome.Kind, null, input, outcome.Explanation) { ExceptionType = outcome.ExceptionType },
        };
    }
}
