using System.Globalization;

namespace Initialization.Grader.Hosting;

/// <summary>The grader's own peak memory (resident set), printed with the stage times under GRADER_TIMINGS=1 (tests read it to check the bound).</summary>
public static class PeakMemory
{
    /// <summary>The line's prefix, which tests look for.</summary>
    public const string Prefix = "grader: peak memory";

    /// <summary>Writes the peak resident set of this process to stderr when GRADER_TIMINGS=1.</summary>
    public static void ReportIfAsked()
    {
        if (Environment.GetEnvironmentVariable("GRADER_TIMINGS") != "1")
        {
            return;
        }

        // VmHWM is the high-water mark of the resident set; the kernel keeps it per process.
        var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        var kilobytes = line is null ? 0 : long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
        GraderConsole.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Prefix} {kilobytes / 1024} MB"));
    }
}
