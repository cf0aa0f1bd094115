using System.Diagnostics;
using Initialization.Grader.Pipeline;

namespace Initialization.Grader.Tests;

/// <summary>A child process the grader's own machinery manages (pools, CPU accounting) without a worker or Roslyn inside.</summary>
internal static class StandInChild
{
    /// <summary>Starts <paramref name="program"/> as a <see cref="WorkerProcess"/>, every stream redirected.</summary>
    /// <param name="program">The executable.</param>
    /// <param name="arguments">Its arguments.</param>
    /// <returns>The running child.</returns>
    public static WorkerProcess Start(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return WorkerProcess.Start(start, null, 1000);
    }
}
