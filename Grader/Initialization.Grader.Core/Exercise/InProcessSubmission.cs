using System.Reflection;
using Initialization.Grader.Protocol.Values;

namespace Initialization.Grader.Exercise;

/// <summary>
/// A class called in this process, with the worker's binding and value rules: a pack's reference
/// solution under its own <c>dotnet test</c>, which proves the pack's tests pass on it. Never for
/// student code, which runs only in the sandboxed worker.
/// </summary>
/// <param name="graded">The class holding the graded methods.</param>
public sealed class InProcessSubmission(Type graded) : ISubmission
{
    /// <inheritdoc/>
    public CallOutcome Call(string method, params object?[] arguments)
    {
        var (target, made) = GradedCall.Bind(graded, method, arguments);
        object? result;
        try
        {
            result = target.Invoke(null, made);
        }
        catch (TargetInvocationException thrown) when (thrown.InnerException is { } inner)
        {
            return CallOutcome.Failed(CallKind.Threw, $"threw {inner.GetType().Name}: {inner.Message}") with { ExceptionType = inner.GetType().FullName };
        }

        var budget = new ValueBudget();
        var value = GradedValue.Read(result, budget);
        List<object?> after = [.. made.Select(a => GradedValue.Read(a, budget))];
        return value is null ? CallOutcome.Failed(CallKind.ReturnedNull, "returned null.", after) : CallOutcome.Returned(value, after);
    }
}
