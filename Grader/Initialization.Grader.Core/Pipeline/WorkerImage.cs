namespace Initialization.Grader.Pipeline;

/// <summary>
/// The files a worker runs from, kept apart from the grader's: the worker's own assemblies (the
/// worker, Shared, Protocol) and the .NET runtime, never the hidden tests, their fixtures or
/// the compiler. A framework-dependent grader (the kit's tests, a development build) copies the
/// worker's five files into a folder of their own and uses the machine's .NET runtime; a
/// self-contained grader (grade.sh, the platform bundles) carries a self-contained worker in
/// its <c>worker/</c> folder. Inside the sandbox that folder is mounted at <see cref="MountPoint"/>.
/// </summary>
public sealed class WorkerImage
{
    /// <summary>Where the worker's folder appears inside the sandbox.</summary>
    public const string MountPoint = "/opt/worker";

    /// <summary>The self-contained worker's folder, inside a self-contained grader's.</summary>
    public const string SelfContainedFolder = "worker";

    private const string WorkerName = "Initialization.Grader.Worker";

    /// <summary>The files a framework-dependent worker needs.</summary>
    private static readonly string[] s_frameworkDependentFiles =
    [
        WorkerName + ".dll", WorkerName + ".runtimeconfig.json", WorkerName + ".deps.json",
        "Initialization.Shared.dll", "Initialization.Grader.Protocol.dll",
    ];

    /// <summary>The copies staged by this process, removed when it exits.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentBag<DirectoryInfo> s_stagedCopies = [];

    private static readonly Lazy<WorkerImage> s_forThisGrader = new(Locate);
    private static readonly Lazy<WorkerImage> s_readableByAll = new(() => s_forThisGrader.Value.ReadableByAll());

    private WorkerImage(string folder, string? runtime)
    {
        Folder = folder;
        Runtime = runtime;
    }

    /// <summary>The worker's files for this grader.</summary>
    public static WorkerImage ForThisGrader => s_forThisGrader.Value;

    /// <summary>The same files where any user can read them (for a worker that runs as "nobody").</summary>
    public static WorkerImage ReadableByAllUsers => s_readableByAll.Value;

    /// <summary>The folder holding the worker's files and nothing else.</summary>
    public string Folder { get; }

    /// <summary>The .NET installation the worker runs on (the dotnet host's folder), or null when self-contained.</summary>
    public string? Runtime { get; }

    /// <summary>The worker's command inside the sandbox.</summary>
    public IReadOnlyList<string> CommandInside => Runtime is null
        ? [$"{MountPoint}/{WorkerName}"]
        : [Path.Combine(Runtime, "dotnet"), $"{MountPoint}/{WorkerName}.dll"];

    /// <summary>The worker's command without a sandbox (only when the instructor opted out).</summary>
    public IReadOnlyList<string> CommandOutside => Runtime is null
        ? [Path.Combine(Folder, WorkerName)]
        : [Path.Combine(Runtime, "dotnet"), Path.Combine(Folder, WorkerName + ".dll")];

    private static WorkerImage Locate()
    {
        var home = GraderHome.Folder;
        if (GraderHome.IsSelfContained)
        {
            var folder = Path.Combine(home, SelfContainedFolder);
            return File.Exists(Path.Combine(folder, WorkerName)) && File.Exists(Path.Combine(folder, "libcoreclr.so"))
                ? new WorkerImage(folder, null)
                : throw new InvalidOperationException($"the self-contained worker is missing from {folder}; rebuild the grader (grade.sh does)");
        }

        var missing = s_frameworkDependentFiles.Where(f => !File.Exists(Path.Combine(home, f))).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException($"the worker's files {string.Join(", ", missing)} are missing from {home}; rebuild the grader (grade.sh does)");
        }

        // Only the worker's own files: the folder it shares with the grader holds the hidden tests.
        var staged = Stage(home, s_frameworkDependentFiles);
        return new WorkerImage(staged, DotnetRoot());
    }

    /// <summary>This image, or a copy of it in a folder that every user can read.</summary>
    private WorkerImage ReadableByAll()
    {
        var files = Directory.GetFiles(Folder).Select(Path.GetFileName).OfType<string>().ToArray();
        if (files.All(f => ReadableByOthers(Path.Combine(Folder, f))))
        {
            return this;
        }

        // A private TMPDIR would hide the copy too: then the system's /tmp.
        var copy = new WorkerImage(Stage(Folder, files), Runtime);
        return files.All(f => ReadableByOthers(Path.Combine(copy.Folder, f))) ? copy : new WorkerImage(Stage(Folder, files, "/tmp"), Runtime);
    }

    /// <summary>Copies <paramref name="files"/> of <paramref name="from"/> into a new temporary folder that every user can read but only the grader can change; removed when the grader exits.</summary>
    private static string Stage(string from, IEnumerable<string> files, string? under = null)
    {
        const UnixFileMode Readable = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead;
        const UnixFileMode Executable = Readable | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;

        // A fresh folder with an unpredictable name, created by the grader alone.
        var copy = under is null
            ? Directory.CreateTempSubdirectory("grader-worker-bin-")
            : Directory.CreateDirectory(Path.Combine(under, "grader-worker-bin-" + Path.GetRandomFileName().Replace(".", string.Empty, StringComparison.Ordinal)));
        File.SetUnixFileMode(copy.FullName, Executable);
        foreach (var file in files)
        {
            var source = Path.Combine(from, file);
            var target = Path.Combine(copy.FullName, file);
            File.Copy(source, target);
            File.SetUnixFileMode(target, File.GetUnixFileMode(source).HasFlag(UnixFileMode.UserExecute) ? Executable : Readable);
        }

        s_stagedCopies.Add(copy);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => TryDelete(copy);
        return copy.FullName;
    }

    /// <summary>Deletes the copies staged by this process now: it is ending without the exit handlers that would (a second Ctrl-C).</summary>
    internal static void RemoveStagedCopies()
    {
        foreach (var copy in s_stagedCopies)
        {
            TryDelete(copy);
        }
    }

    /// <summary>The folder of the dotnet host that runs this grader (or of the one on PATH).</summary>
    private static string DotnetRoot()
    {
        var host = Environment.ProcessPath;
        if (host is null || Path.GetFileNameWithoutExtension(host) != "dotnet")
        {
            host = WorkerSandbox.Tool("dotnet") ?? throw new InvalidOperationException("no dotnet host found to run the worker");
        }

        return Path.GetDirectoryName(Path.GetFullPath(new FileInfo(host).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? host))!;
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
