using System.Diagnostics;
using System.Globalization;

namespace Initialization.Grader.Pipeline;

/// <summary>
/// Starts worker processes: the worker published next to the grader, inside the
/// <see cref="WorkerSandbox"/>, with a clean environment, runtime limits and an empty working
/// folder that only the grader can open.
/// </summary>
public sealed class WorkerLauncher(GradingLimits limits, WorkerSandbox sandbox)
{
    private const string WorkerAssembly = "Initialization.Grader.Worker.dll";

    /// <summary>The files the worker needs, copied to a readable place when the grader's own folder is not.</summary>
    private static readonly string[] s_workerFiles =
    [
        WorkerAssembly, "Initialization.Grader.Worker.runtimeconfig.json", "Initialization.Grader.Worker.deps.json",
        "Initialization.Shared.dll", "Initialization.Grader.Protocol.dll",
    ];

    private static readonly Lazy<string> s_readableWorkerFolder = new(ReadableWorkerFolder);

    /// <summary>Starts workers with the machine's sandbox.</summary>
    /// <param name="limits">The limits to apply.</param>
    public WorkerLauncher(GradingLimits limits)
        : this(limits, WorkerSandbox.Current)
    {
    }

    /// <summary>The limits the workers get.</summary>
    public GradingLimits Limits { get; } = limits;

    /// <summary>Starts a worker for one submission; it announces itself with a Ready message.</summary>
    /// <returns>The running worker.</returns>
    public WorkerProcess Start() => Start(submissions: 1);

    /// <summary>Starts a worker that may serve <paramref name="submissions"/> submissions (its CPU-time limit covers them all).</summary>
    /// <param name="submissions">How many submissions it may serve.</param>
    /// <returns>The running worker.</returns>
    public WorkerProcess Start(int submissions)
    {
        var folder = sandbox.DropsPrivileges ? s_readableWorkerFolder.Value : AppContext.BaseDirectory;
        var worker = Path.Combine(folder, WorkerAssembly);
        if (!File.Exists(worker))
        {
            throw new InvalidOperationException($"the worker {worker} is missing from the grader's build; rebuild it (grade.sh does)");
        }

        // Owned by the grader and closed to others: a worker running as another user cannot even
        // list it, and nothing is ever written there.
        var workingFolder = Directory.CreateTempSubdirectory("grader-worker-");
        // A self-contained grader (the Gradescope bundle, the Docker image) has no dotnet host:
        // its worker is an executable with the runtime beside it.
        var selfContained = SelfContainedWorker(folder);
        var command = sandbox.Wrap(selfContained is null ? [DotnetHost(), worker] : [selfContained], Limits, submissions);
        var start = new ProcessStartInfo
        {
            FileName = command[0],
            WorkingDirectory = workingFolder.FullName,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in command.Skip(1))
        {
            start.ArgumentList.Add(argument);
        }

        // Nothing of the grader's environment (tokens, paths) reaches student code.
        start.Environment.Clear();
        start.Environment["PATH"] = "/usr/bin:/bin";
        start.Environment["HOME"] = workingFolder.FullName;
        start.Environment["LANG"] = "C.UTF-8";
        if (Environment.GetEnvironmentVariable("DOTNET_ROOT") is { } dotnetRoot)
        {
            start.Environment["DOTNET_ROOT"] = dotnetRoot;
        }

        start.Environment["DOTNET_GCHeapHardLimit"] = Limits.WorkerHeapBytes.ToString("X", CultureInfo.InvariantCulture);
        start.Environment["DOTNET_TieredPGO"] = "0";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_DbgEnableMiniDump"] = "0";
        // No debugger, profiler or diagnostics socket to attach to.
        start.Environment["DOTNET_EnableDiagnostics"] = "0";
        // W^X double-maps code through a memory file, which the no-file-writes limit forbids.
        start.Environment["DOTNET_EnableWriteXorExecute"] = "0";
        return WorkerProcess.Start(start, workingFolder, Limits.MaxCapturedOutputChars);
    }

    /// <summary>
    /// Whether the grader runs self-contained (the platform bundles carry the .NET runtime and
    /// have no dotnet host): then the runtime's files sit beside the grader's.
    /// </summary>
    private static bool IsSelfContained => string.Equals(
        Path.TrimEndingDirectorySeparator(Path.GetDirectoryName(typeof(object).Assembly.Location) ?? string.Empty),
        Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory),
        StringComparison.Ordinal);

    /// <summary>The worker's own executable in <paramref name="folder"/> when self-contained; null otherwise.</summary>
    private static string? SelfContainedWorker(string folder)
    {
        var executable = Path.Combine(folder, Path.GetFileNameWithoutExtension(WorkerAssembly));
        return IsSelfContained && File.Exists(executable) ? executable : null;
    }

    /// <summary>The dotnet host running the grader runs the worker too.</summary>
    private static string DotnetHost()
    {
        var host = Environment.ProcessPath;
        return host is not null && Path.GetFileNameWithoutExtension(host) == "dotnet" ? host : "dotnet";
    }

    /// <summary>
    /// The grader's folder when every user can read the worker there; otherwise a copy of the
    /// worker's files (with the runtime, when self-contained) in a folder that every user can
    /// read, since the unprivileged worker must load them.
    /// </summary>
    private static string ReadableWorkerFolder()
    {
        var home = AppContext.BaseDirectory;
        var files = IsSelfContained ? Directory.GetFiles(home).Select(Path.GetFileName).OfType<string>().ToArray() : s_workerFiles;
        if (files.All(f => ReadableByOthers(Path.Combine(home, f))))
        {
            return home;
        }

        const UnixFileMode Readable = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead;
        const UnixFileMode Executable = Readable | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
        var copy = Directory.CreateTempSubdirectory("grader-worker-bin-");
        File.SetUnixFileMode(copy.FullName, Executable);
        foreach (var file in files)
        {
            var source = Path.Combine(home, file);
            var target = Path.Combine(copy.FullName, file);
            File.Copy(source, target);
            File.SetUnixFileMode(target, File.GetUnixFileMode(source).HasFlag(UnixFileMode.UserExecute) ? Executable : Readable);
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) => TryDelete(copy);
        return copy.FullName;
    }

    private static bool ReadableByOthers(string file)
    {
        if (!File.Exists(file) || !File.GetUnixFileMode(file).HasFlag(UnixFileMode.OtherRead))
        {
            return false;
        }

        for (var folder = Path.GetDirectoryName(Path.GetFullPath(file)); !string.IsNullOrEmpty(folder); folder = Path.GetDirectoryName(folder))
        {
            if (!File.GetUnixFileMode(folder).HasFlag(UnixFileMode.OtherExecute))
            {
                return false;
            }
        }

        return true;
    }

    private static void TryDelete(DirectoryInfo folder)
    {
        try
        {
            folder.Delete(recursive: true);
        }
        catch (IOException)
        {
            // Best effort; it is a temporary folder.
        }
    }
}
