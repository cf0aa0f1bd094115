using System.Diagnostics;
using System.Globalization;
using Initialization.Grader.Pipeline;

namespace Initialization.Grader.Tests;

/// <summary>The compile children of this test process, read from /proc.</summary>
internal static class CompileChildren
{
    /// <summary>The process ids of the compile children running now.</summary>
    public static IReadOnlySet<int> Running() => All().Select(c => c.Pid).ToHashSet();

    /// <summary>
    /// The compile children started since <paramref name="earlier"/>, once there is one (within 10 s): a child
    /// just started may be between two of its execs (setsid, prlimit, the grader), when /proc shows no command line.
    /// </summary>
    public static IReadOnlySet<int> StartedSince(IReadOnlySet<int> earlier)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var started = Running().Except(earlier).ToHashSet();
            if (started.Count > 0 || clock.Elapsed > TimeSpan.FromSeconds(10))
            {
                return started;
            }

            Thread.Sleep(20);
        }
    }

    /// <summary>
    /// The children, other than <paramref name="earlier"/>, that use CPU over a second (an idle
    /// child uses none): a stopped compile must leave none. Children that were there before are
    /// left out: another grader's warm child may still be compiling its hot methods again,
    /// optimized, in the background (tiered compilation, which the Debug build keeps).
    /// </summary>
    public static IReadOnlyList<int> Burning(IReadOnlySet<int> earlier)
    {
        var before = All().Where(c => !earlier.Contains(c.Pid)).ToDictionary(c => c.Pid, c => c.Ticks);
        Thread.Sleep(1000);
        // 20 ticks (0.2 s) of CPU in a second is more than an idle process ever uses.
        return [.. All().Where(c => !earlier.Contains(c.Pid) && (c.Ticks - before.GetValueOrDefault(c.Pid, c.Ticks) > 20 || !before.ContainsKey(c.Pid))).Select(c => c.Pid)];
    }

    private static IEnumerable<(int Pid, long Ticks)> All()
    {
        foreach (var folder in Directory.GetDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(folder), out var pid))
            {
                continue;
            }

            string commandLine, stat;
            try
            {
                commandLine = File.ReadAllText(Path.Combine(folder, "cmdline"));
                stat = File.ReadAllText(Path.Combine(folder, "stat"));
            }
            catch (IOException)
            {
                continue;
            }

            // stat: "pid (name) state ppid ... utime(14) stime(15)"; the name may hold spaces, so split after it.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            if (commandLine.Contains(CompileServer.Flag, StringComparison.Ordinal) && int.Parse(fields[1], CultureInfo.InvariantCulture) == Environment.ProcessId)
            {
                yield return (pid, long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture));
            }
        }
    }
}
