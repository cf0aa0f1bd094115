using System.Globalization;
using Initialization.Grader.Pipeline;

namespace Initialization.Grader.Tests;

/// <summary>The compile children of this test process, read from /proc.</summary>
internal static class CompileChildren
{
    /// <summary>The children that use CPU over a second (an idle, warm child uses none): a stopped compile must leave none.</summary>
    public static IReadOnlyList<int> Burning()
    {
        var before = All().ToDictionary(c => c.Pid, c => c.Ticks);
        Thread.Sleep(1000);
        // 20 ticks (0.2 s) of CPU in a second is more than an idle process ever uses.
        return [.. All().Where(c => c.Ticks - before.GetValueOrDefault(c.Pid, c.Ticks) > 20 || !before.ContainsKey(c.Pid)).Select(c => c.Pid)];
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
