using Initialization.Shared;
using Initialization.Shared.Model;

namespace Initialization.Experiments;

/// <summary>
/// Calls a student's initializer and turns whatever happens into an outcome with a message
/// that explains it, so neither the runner nor the public tests ever show a bare stack trace.
/// </summary>
public static class InitializerCall
{
    /// <summary>The words that mark a stub the student has not replaced yet.</summary>
    public const string NotImplementedPhrase = "is not implemented yet";

    /// <summary>Calls <paramref name="initializer"/> with a copy of <paramref name="layersDims"/> and checks its keys and shapes.</summary>
    /// <param name="methodName">The student's method name, used in the messages.</param>
    /// <param name="initializer">The student's method.</param>
    /// <param name="layersDims">Layer sizes, input layer first.</param>
    /// <returns>The parameters, or why there are none.</returns>
    public static InitializerOutcome Invoke(string methodName, Func<int[], Dictionary<string, Matrix>> initializer, IReadOnlyList<int> layersDims)
    {
        ArgumentNullException.ThrowIfNull(methodName);
        ArgumentNullException.ThrowIfNull(initializer);
        ArgumentNullException.ThrowIfNull(layersDims);

        Dictionary<string, Matrix>? parameters;
        try
        {
            parameters = initializer([.. layersDims]);
        }
        catch (NotImplementedException e)
        {
            return new InitializerOutcome(InitializerStatus.NotImplemented, null, NotImplementedMessage(methodName, e));
        }
#pragma warning disable CA1031 // Any exception from student code becomes a message, never a crash.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return new InitializerOutcome(InitializerStatus.Failed, null, CrashMessage(methodName, layersDims, e));
        }

        var problems = ParameterCheck.Problems(parameters, layersDims);
        if (problems.Count > 0)
        {
            var message = $"{methodName}({Dims(layersDims)}) returned parameters the network cannot use: it {string.Join("; it ", problems)}.";
            return new InitializerOutcome(InitializerStatus.Failed, null, message);
        }

        return new InitializerOutcome(InitializerStatus.Succeeded, parameters, null);
    }

    /// <summary>The layer sizes the way the messages show them: "[3, 2, 1]".</summary>
    /// <param name="layersDims">Layer sizes.</param>
    /// <returns>The sizes in brackets.</returns>
    public static string Dims(IReadOnlyList<int> layersDims) => $"[{string.Join(", ", layersDims)}]";

    private static string NotImplementedMessage(string methodName, NotImplementedException e) =>
        e.Message.Contains(NotImplementedPhrase, StringComparison.Ordinal)
            ? e.Message
            : $"{methodName} {NotImplementedPhrase}: {e.Message}";

    private static string CrashMessage(string methodName, IReadOnlyList<int> layersDims, Exception e)
    {
        var where = StudentException.Origin(e) is { } origin ? $" at line {origin.Line} of {StudentException.StudentFile}" : "";
        return $"{methodName}({Dims(layersDims)}) threw {e.GetType().Name}{where}: {e.Message}{StudentException.Hint(e)}";
    }
}
