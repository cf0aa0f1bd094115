namespace Initialization.Grader.Pipeline;

/// <summary>
/// bubblewrap's arguments for a worker: every namespace unshared (user, PID, mount, network,
/// IPC, UTS, cgroup), so the worker sees no other process, can signal none, and reaches no
/// network, not even loopback; a file system view built from nothing but the system's
/// libraries (read-only), the .NET runtime and the worker's own folder (read-only), a fresh
/// /proc and /dev, and an empty private /tmp; a new session (no terminal to inject into). The
/// worker is the namespace's last process: when it ends, the kernel kills every process left
/// in the namespace, so nothing a submission starts outlives it; and it dies with the grader.
/// </summary>
internal static class BubblewrapJail
{
    /// <summary>Folders of system libraries and tools the runtime needs (read-only); on merged-/usr systems most are symbolic links.</summary>
    private static readonly string[] s_systemFolders = ["/usr", "/lib", "/lib64", "/lib32", "/bin", "/sbin"];

    /// <summary>Folders of hidden tests (exercise packs) loaded by this grader: hidden should they sit under a system folder.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> s_packFolders = new(StringComparer.Ordinal);

    /// <summary>Hides <paramref name="folder"/> (an exercise pack's) from every worker started from now on, wherever it is.</summary>
    /// <param name="folder">The folder.</param>
    public static void Hide(string folder) => s_packFolders.TryAdd(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)), true);

    /// <summary>The arguments up to and including "--", after which the command to run follows.</summary>
    /// <param name="bwrap">bubblewrap's path.</param>
    /// <param name="image">The worker's files.</param>
    /// <returns>bwrap and its arguments.</returns>
    public static List<string> Arguments(string bwrap, WorkerImage image)
    {
        var arguments = Common(bwrap);

        // Local installations and sources under /usr are hidden, and so are the grader's own
        // folders (compiler) and the exercise packs' (hidden tests) should they sit under a
        // system folder; mounts made later lie on top, so the runtime and the worker's folder are
        // mounted last.
        string[] graders = [Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory), Path.TrimEndingDirectorySeparator(GraderHome.Folder), .. s_packFolders.Keys];
        foreach (var hidden in new[] { "/usr/local", "/usr/src" }.Concat(graders).Distinct())
        {
            if (Directory.Exists(hidden) && s_systemFolders.Any(f => IsUnder(hidden, f)))
            {
                arguments.AddRange(["--tmpfs", hidden]);
            }
        }

        if (image.Runtime is { } runtime)
        {
            arguments.AddRange(["--ro-bind", runtime, runtime]);
        }

        arguments.AddRange(["--ro-bind", image.Folder, WorkerImage.MountPoint, "--chdir", "/tmp", "--setenv", "HOME", "/tmp", "--setenv", "TMPDIR", "/tmp", "--"]);
        return arguments;
    }

    /// <summary>A command that succeeds only where bubblewrap can build the whole jail for <paramref name="image"/>.</summary>
    /// <param name="bwrap">bubblewrap's path.</param>
    /// <param name="image">The worker's files.</param>
    /// <returns>The probe's command.</returns>
    public static List<string> ProbeCommand(string bwrap, WorkerImage image)
    {
        var probe = Arguments(bwrap, image);
        probe.Add("/usr/bin/true");
        return probe;
    }

    private static List<string> Common(string bwrap)
    {
        var arguments = new List<string>
        {
            bwrap,
            "--unshare-all",
            "--new-session",
            // Started from a thread that lives as long as the grader (ProcessStarter): if the
            // grader is killed, the worker and everything in its namespaces die with it.
            "--die-with-parent",
            "--hostname", "sandbox",
            "--cap-drop", "ALL",
        };
        foreach (var folder in s_systemFolders)
        {
            var info = new DirectoryInfo(folder);
            if (info.LinkTarget is { } target)
            {
                arguments.AddRange(["--symlink", target, folder]);
            }
            else if (info.Exists)
            {
                arguments.AddRange(["--ro-bind", folder, folder]);
            }
        }

        arguments.AddRange(["--proc", "/proc", "--dev", "/dev", "--tmpfs", "/tmp"]);
        return arguments;
    }

    private static bool IsUnder(string path, string folder) =>
        path == folder || path.StartsWith(folder + "/", StringComparison.Ordinal);
}
