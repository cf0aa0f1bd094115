using Initialization.Grader.Pipeline;

namespace Initialization.Grader.Tests;

/// <summary>The processes on this machine that belong to this test run's graders, read from /proc.</summary>
internal static class TestProcesses
{
    /// <summary>The processes running this test run's workers (their command lines name the worker folder staged for it).</summary>
    public static List<string> Workers() => Workers(WorkerImage.ForThisGrader.Folder);

    /// <summary>The worker processes whose command lines contain <paramref name="folder"/> (where their grader staged the worker).</summary>
    public static List<string> Workers(string folder) =>
        [.. With("Initialization.Grader.Worker.dll").Where(pid => CommandLine(pid).Contains(folder, StringComparison.Ordinal))];

    /// <summary>The ids of the processes whose command line (arguments separated by NUL) contains <paramref name="text"/>.</summary>
    public static List<string> With(string text) =>
        [.. Directory.GetDirectories("/proc").Select(Path.GetFileName).OfType<string>().Where(n => int.TryParse(n, out _))
            .Where(pid => CommandLine(pid).Contains(text, StringComparison.Ordinal))];

    /// <summary>The ids of the processes whose command line starts with <paramref name="arguments"/> (the program, then its first arguments).</summary>
    public static List<string> Running(params string[] arguments)
    {
        var prefix = string.Concat(arguments.Select(a => a + '\0'));
        return [.. With(prefix).Where(pid => CommandLine(pid).StartsWith(prefix, StringComparison.Ordinal))];
    }

    private static string CommandLine(string pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline");
        }
        catch (IOException)
        {
            return string.Empty;
        }
        catch (UnauthorizedAccessException)
        {
            return string.Empty;
        }
    }
}
