using System.Diagnostics;
using System.Globalization;

namespace Initialization.Grader.Pipeline;

/// <summary>
/// The environment of the grader's child processes (workers, compile children): nothing of the
/// grader's own (tokens, paths), a managed heap limit, and no debugger, profiler, diagnostics
/// socket or crash dump.
/// </summary>
internal static class ChildEnvironment
{
    /// <summary>Replaces <paramref name="start"/>'s environment with a clean one.</summary>
    /// <param name="start">The process to start.</param>
    /// <param name="home">Its HOME.</param>
    /// <param name="dotnetRoot">The .NET installation it runs on, when not self-contained.</param>
    /// <param name="heapBytes">Its managed heap limit.</param>
    public static void Apply(ProcessStartInfo start, string home, string? dotnetRoot, long heapBytes)
    {
        start.Environment.Clear();
        start.Environment["PATH"] = "/usr/bin:/bin";
        start.Environment["HOME"] = home;
        start.Environment["LANG"] = "C.UTF-8";
        if (dotnetRoot is not null)
        {
            start.Environment["DOTNET_ROOT"] = dotnetRoot;
        }

        start.Environment["DOTNET_GCHeapHardLimit"] = heapBytes.ToString("X", CultureInfo.InvariantCulture);
        start.Environment["DOTNET_TieredPGO"] = "0";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_DbgEnableMiniDump"] = "0";
        start.Environment["DOTNET_EnableDiagnostics"] = "0";
    }

    /// <summary>
    /// For a compile child: a method compiled just in time is recompiled optimized after 8192
    /// calls instead of 30. Only builds that compile Roslyn just in time are concerned (the quick
    /// build and the tests' build; the optimized build is precompiled and does not tier). A child
    /// serves many submissions, each reaching other parts of Roslyn, and recompiling every method
    /// that reached 30 calls cost more than the faster code saved (the README's figures, under
    /// "Compile children recompile a method optimized"). Workers keep the default: given the
    /// threshold too, they showed no gain.
    /// </summary>
    /// <param name="start">The compile child to start, its environment already <see cref="Apply">applied</see>.</param>
    public static void TierUpLate(ProcessStartInfo start) =>
        start.Environment["DOTNET_TC_CallCountThreshold"] = "2000"; // hexadecimal, as every DOTNET_ number
}
