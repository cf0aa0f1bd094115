using Initialization.Grader.Exercise;

namespace Initialization.Grader.Pipeline;

/// <summary>
/// Passes calls through to a submission and remembers, per graded method, the explanations of the
/// calls that did not return (a stub, an exception, a compile error, a time-out), in the order first
/// seen: what <see cref="RepeatedFailures"/> recognises in the tests' feedback.
/// </summary>
internal sealed class RecordingSubmission(ISubmission inner) : ISubmission
{
    private readonly Dictionary<string, List<string>> _failures = [];

    /// <summary>Each method's distinct failure explanations.</summary>
    public IReadOnlyDictionary<string, List<string>> Failures => _failures;

    /// <inheritdoc/>
    public CallOutcome Call(string method, params object?[] arguments)
    {
        var outcome = inner.Call(method, arguments);
        if (outcome.Kind is not (CallKind.Returned or CallKind.ReturnedNull) && outcome.Explanation is { } explanation)
        {
            var list = _failures.TryGetValue(method, out var known) ? known : _failures[method] = [];
            if (!list.Contains(explanation))
            {
                list.Add(explanation);
            }
        }

        return outcome;
    }
}
