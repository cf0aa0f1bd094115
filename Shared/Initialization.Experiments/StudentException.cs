using System.Diagnostics;
using Initialization.Shared.Model;

namespace Initialization.Experiments;

/// <summary>The place in the student's file where an exception started.</summary>
/// <param name="Method">The student's method running there, e.g. "InitializeParametersHe"; null when unknown.</param>
/// <param name="Line">The line of Initializers.cs, from 1.</param>
internal readonly record struct StudentFrame(string? Method, int Line);

/// <summary>
/// What an exception thrown through the student's code tells them: where in Initializers.cs it
/// started, and a hint for the common ones. Shared by the runner and the scratchpad.
/// </summary>
internal static class StudentException
{
    /// <summary>The student's file, as its build names it in stack frames.</summary>
    public const string StudentFile = "Initializers.cs";

    /// <summary>The innermost frame in the student's file, when the build has line numbers.</summary>
    public static StudentFrame? Origin(Exception e)
    {
        foreach (var frame in new StackTrace(e, fNeedFileInfo: true).GetFrames())
        {
            if (frame.GetFileName() is { } file
                && Path.GetFileName(file).Equals(StudentFile, StringComparison.OrdinalIgnoreCase)
                && frame.GetFileLineNumber() > 0)
            {
                return new StudentFrame(frame.GetMethod()?.Name, frame.GetFileLineNumber());
            }
        }

        return null;
    }

    /// <summary>A sentence (with a leading space) on the usual cause of <paramref name="e"/> in an initializer; empty when there is none.</summary>
    public static string Hint(Exception e) => ExceptionHints.For(e?.GetType().FullName);
}
