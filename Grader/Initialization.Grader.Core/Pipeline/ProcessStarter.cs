using System.Collections.Concurrent;
using System.Diagnostics;

namespace Initialization.Grader.Pipeline;

/// <summary>
/// Starts processes from one thread that lives as long as the grader. A worker asks the kernel
/// to kill it when its parent dies (bubblewrap's --die-with-parent), and Linux sends that signal
/// when the thread that started it ends, not the process: a thread-pool thread retires after
/// some idle time and would take its workers with it.
/// </summary>
internal static class ProcessStarter
{
    private static readonly BlockingCollection<(ProcessStartInfo Start, TaskCompletionSource<Process> Started)> s_requests = [];

    static ProcessStarter()
    {
        new Thread(Serve) { IsBackground = true, Name = "process starter" }.Start();
    }

    /// <summary>Starts <paramref name="start"/> from the long-lived thread.</summary>
    /// <param name="start">The process to start.</param>
    /// <returns>The started process.</returns>
    public static Process Start(ProcessStartInfo start)
    {
        var started = new TaskCompletionSource<Process>(TaskCreationOptions.RunContinuationsAsynchronously);
        s_requests.Add((start, started));
        return started.Task.GetAwaiter().GetResult();
    }

    private static void Serve()
    {
        foreach (var (start, started) in s_requests.GetConsumingEnumerable())
        {
            try
            {
                started.SetResult(Process.Start(start) ?? throw new InvalidOperationException($"{start.FileName} did not start"));
            }
            catch (Exception exception)
            {
                started.SetException(exception);
            }
        }
    }
}
