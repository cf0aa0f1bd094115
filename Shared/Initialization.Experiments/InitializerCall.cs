using System.Diagnostics;
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
        var where = StudentLine(e) is { } line ? $" at line {line} of Initializers.cs" : "";
        return $"{methodName}({Dims(layersDims)}) threw {e.GetType().Name}{where}: {e.Message}{Hint(e)}";
    }

    private static string Hint(Exception e) => e switch
    {
        IndexOutOfRangeException =>
            " Hint: an index such as layersDims[l] or layersDims[l - 1] is outside the array; the loop runs l = 1 … layersDims.Length - 1.",
        KeyNotFoundException =>
            " Hint: a dictionary key is missing; the keys are \"W1\", \"b1\", \"W2\", … built with $\"W{l}\" and $\"b{l}\".",
        NullReferenceException =>
            " Hint: something is still null; create the matrices before you use them.",
        ArgumentOutOfRangeException =>
            " Hint: a matrix size is out of range; check the rows and columns you pass (layersDims[l], layersDims[l - 1]).",
        _ => "",
    };

    // The line in the student's file where the exception started, when the build has line numbers.
    private static int? StudentLine(Exception e)
    {
        foreach (var frame in new StackTrace(e, fNeedFileInfo: true).GetFrames())
        {
            if (frame.GetFileName() is { } file
                && Path.GetFileName(file).Equals("Initializers.cs", StringComparison.OrdinalIgnoreCase)
                && frame.GetFileLineNumber() > 0)
            {
                return frame.GetFileLineNumber();
            }
        }

        return null;
    }
}
