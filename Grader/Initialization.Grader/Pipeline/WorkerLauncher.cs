using System.Diagnostics;
using System.Globalization;

namespace Initialization.Grader.Pipeline;

/// <summary>
/// How to start a worker process: the worker published next to the grader, with its own runtime
/// limits, in an empty working folder.
/// </summary>
public sealed class WorkerLauncher(GradingLimits limits)
{
    private const string WorkerAssembly = "Initialization.Grader.Worker.dll";

    /// <summary>The limits the workers get.</summary>
    public GradingLimits Limits { get; } = limits;

    /// <summary>Starts a worker; it announces itself with a Ready message.</summary>
    /// <returns>The running worker.</returns>
    public WorkerProcess Start()
    {
        var worker = Path.Combine(AppContext.BaseDirectory, WorkerAssembly);
        if (!File.Exists(worker))
        {
            throw new InvalidOperationException($"the worker {worker} is missing from the grader's build; rebuild it (grade.sh does)");
        }

        var workingFolder = Directory.CreateTempSubdirectory("grader-worker-");
        var selfContainedWorker = SelfContainedWorker();
        var start = new ProcessStartInfo
        {
            FileName = selfContainedWorker ?? DotnetHost(),
            WorkingDirectory = workingFolder.FullName,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (selfContainedWorker is null)
        {
            start.ArgumentList.Add(worker);
        }

        start.Environment["DOTNET_GCHeapHardLimit"] = Limits.WorkerHeapBytes.ToString("X", CultureInfo.InvariantCulture);
        start.Environment["DOTNET_TieredPGO"] = "0";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_DbgEnableMiniDump"] = "0";
        return WorkerProcess.Start(start, workingFolder, Limits.MaxCapturedOutputChars);
    }

    /// <summary>
    /// The worker's own executable when the grader runs self-contained (the platform bundles
    /// carry the .NET runtime and have no dotnet host); null otherwise.
    /// </summary>
    private static string? SelfContainedWorker()
    {
        var runtimeFolder = Path.GetDirectoryName(typeof(object).Assembly.Location) ?? string.Empty;
        var executable = Path.Combine(AppContext.BaseDirectory, Path.GetFileNameWithoutExtension(WorkerAssembly));
        var selfContained = string.Equals(
            Path.TrimEndingDirectorySeparator(runtimeFolder),
            Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory),
            StringComparison.Ordinal);
        return selfContained && File.Exists(executable) ? executable : null;
    }

    /// <summary>The dotnet host running the grader runs the worker too.</summary>
    private static string DotnetHost()
    {
        var host = Environment.ProcessPath;
        return host is not null && Path.GetFileNameWithoutExtension(host) == "dotnet" ? host : "dotnet";
    }
}
