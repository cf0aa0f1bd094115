using System.Diagnostics;
using System.Globalization;

namespace Initialization.Grader.Pipeline;

/// <summary>
/// The operating-system fence around each worker process, on top of the compile-time allowlist:
/// resource limits (address space, CPU time, no file writes, no core dumps) with prlimit, no
/// network with a fresh network namespace (unshare), and, when the grader runs as root (as it
/// does inside Gradescope), an unprivileged user with setpriv. Each layer is used when the
/// machine offers it; <see cref="Description"/> says which are active.
/// </summary>
public sealed class WorkerSandbox
{
    /// <summary>The user and group the worker runs as when the grader is root: "nobody".</summary>
    public const int UnprivilegedId = 65534;

    private static readonly Lazy<WorkerSandbox> s_detected = new(Detect);

    private readonly string? _prlimit;
    private readonly string? _unshare;
    private readonly string? _setpriv;

    private WorkerSandbox(string? prlimit, string? unshare, string? setpriv)
    {
        _prlimit = prlimit;
        _unshare = unshare;
        _setpriv = setpriv;
    }

    /// <summary>What this machine allows, probed once per process.</summary>
    public static WorkerSandbox Current => s_detected.Value;

    /// <summary>No operating-system fence at all (the allowlist and time limits still apply).</summary>
    public static WorkerSandbox None { get; } = new(null, null, null);

    /// <summary>Whether the worker runs as an unprivileged user.</summary>
    public bool DropsPrivileges => _setpriv is not null;

    /// <summary>The active layers, e.g. for the grader's log.</summary>
    public string Description => string.Join(", ", new[]
    {
        _prlimit is null ? "no resource limits (prlimit missing)" : "resource limits",
        _unshare is null ? "network not isolated (unshare unavailable)" : "no network",
        _setpriv is null ? "same user as the grader" : "unprivileged user",
    });

    /// <summary>The command that runs <paramref name="command"/> inside the fence.</summary>
    /// <param name="command">The program and its arguments.</param>
    /// <param name="limits">The limits to apply.</param>
    /// <param name="submissions">How many submissions the worker may serve: its CPU-time limit covers each one's time limit.</param>
    /// <returns>The wrapped command: each wrapper executes the next, so the worker keeps the process id.</returns>
    public IReadOnlyList<string> Wrap(IReadOnlyList<string> command, GradingLimits limits, int submissions = 1)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(limits);
        var wrapped = new List<string>();
        if (_prlimit is not null)
        {
            var cpuSeconds = ((long)Math.Ceiling(limits.PerSubmission.TotalSeconds) * submissions) + 5;
            wrapped.AddRange([
                _prlimit,
                $"--as={limits.WorkerAddressSpaceBytes.ToString(CultureInfo.InvariantCulture)}",
                $"--cpu={cpuSeconds.ToString(CultureInfo.InvariantCulture)}",
                "--fsize=0",
                "--core=0",
                "--"]);
        }

        if (_unshare is not null)
        {
            wrapped.AddRange([_unshare, "--net", "--"]);
        }

        if (_setpriv is not null)
        {
            var id = UnprivilegedId.ToString(CultureInfo.InvariantCulture);
            wrapped.AddRange([_setpriv, $"--reuid={id}", $"--regid={id}", "--clear-groups", "--"]);
        }

        wrapped.AddRange(command);
        return wrapped;
    }

    private static WorkerSandbox Detect()
    {
        var prlimit = Tool("prlimit");
        var unshare = Tool("unshare");
        if (unshare is not null && !Succeeds(unshare, "--net", "--", "true"))
        {
            // No permission for namespaces here (e.g. a container without CAP_SYS_ADMIN and
            // without user namespaces): rely on the allowlist, which refuses all networking.
            unshare = null;
        }

        var setpriv = Environment.IsPrivilegedProcess ? Tool("setpriv") : null;
        return new WorkerSandbox(prlimit, unshare, setpriv);
    }

    private static string? Tool(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin:/bin")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Append("/usr/bin").Append("/usr/sbin").Append("/bin").Append("/sbin")
            .Select(folder => Path.Combine(folder, name))
            .FirstOrDefault(File.Exists);

    private static bool Succeeds(string program, params string[] arguments)
    {
        try
        {
            var start = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            return process.WaitForExit(5000) && process.ExitCode == 0;
        }
        catch (Exception exception) when (exception is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            return false;
        }
    }
}
