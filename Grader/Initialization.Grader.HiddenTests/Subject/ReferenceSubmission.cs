using System.Reflection;
using Initialization.Shared;

namespace Initialization.Grader.HiddenTests.Subject;

/// <summary>
/// The reference solution, called in-process: the subject of the hidden tests under plain
/// `dotnet test`, which proves that the tests pass on the reference.
/// </summary>
public sealed class ReferenceSubmission : ISubmission
{
    /// <inheritdoc/>
    public CallOutcome Call(string method, int[] layersDims)
    {
        ArgumentNullException.ThrowIfNull(layersDims);
        var argument = (int[])layersDims.Clone();
        var target = typeof(Initializers).GetMethod(method, BindingFlags.Public | BindingFlags.Static)
            ?? throw new ArgumentException($"no graded method {method}", nameof(method));
        var result = (Dictionary<string, Matrix>?)target.Invoke(null, [argument]);
        return result is null
            ? CallOutcome.Failed(CallKind.ReturnedNull, "returned null", argument)
            : CallOutcome.Returned(result.ToDictionary(kv => kv.Key, kv => (Matrix?)kv.Value), argument);
    }
}
