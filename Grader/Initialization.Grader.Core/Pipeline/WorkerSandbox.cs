using System.Diagnostics;

namespace Initialization.Grader.Pipeline;

/// <summary>
/// The operating-system fence around each worker process, which must hold even if the
/// compile-time checks are bypassed. The fence is bubblewrap (<see cref="BubblewrapJail"/>): fresh
/// PID, mount, network, IPC and UTS namespaces, a view of the file system that holds only the
/// runtime and the worker's own files, no new privileges; inside it, the resource limits of
/// <see cref="ResourceLimits"/>; and, when the grader runs as root, the unprivileged user
/// "nobody" as well. Grading fails closed: without that fence no worker starts, unless the
/// instructor opts out explicitly (<see cref="Select"/>), and then the best the machine offers
/// without bubblewrap is used and said.
/// </summary>
public sealed class WorkerSandbox
{
    /// <summary>The user and group the worker runs as when the grader is root: "nobody".</summary>
    public const int UnprivilegedId = 65534;

    /// <summary>The grade.sh flag that lets grading go ahead without isolation.</summary>
    public const string OptOutFlag = "--allow-unsandboxed";

    private static readonly Lazy<WorkerSandbox> s_detected = new(() => Detect(Tool));
    private static WorkerSandbox? s_selected;

    private readonly string? _bwrap;
    private readonly string? _prlimit;
    private readonly string? _unshare;
    private readonly string? _setpriv;

    private WorkerSandbox(string? bwrap, string? prlimit, string? unshare, string? setpriv, string? missing)
    {
        _bwrap = bwrap;
        _prlimit = prlimit;
        _unshare = unshare;
        _setpriv = setpriv;
        Missing = missing;
    }

    /// <summary>
    /// The sandbox workers start in: the one <see cref="Select"/> chose, or else the isolating one.
    /// </summary>
    /// <exception cref="SandboxUnavailableException">This machine cannot isolate workers and nobody opted out.</exception>
    public static WorkerSandbox Current => s_selected ?? Require(s_detected.Value);

    /// <summary>What this machine offers, probed once per process (isolating or not).</summary>
    public static WorkerSandbox Detected => s_detected.Value;

    /// <summary>Whether workers are isolated by bubblewrap (the fence that holds alone).</summary>
    public bool Isolates => _bwrap is not null;

    /// <summary>When not isolating: what is missing, and how to get it.</summary>
    public string? Missing { get; }

    /// <summary>Whether the worker runs as an unprivileged user other than the grader's.</summary>
    public bool DropsPrivileges => _setpriv is not null;

    /// <summary>The active layers, for the grader's log (stderr, never a student's result).</summary>
    public string Description => Isolates
        ? "isolated by bubblewrap (own PID, mount and network namespaces; only the runtime and the worker visible), resource limits" + (DropsPrivileges ? ", unprivileged user" : string.Empty)
        : "NOT ISOLATED (" + OptOutFlag + "): " + string.Join(", ", new[]
        {
            _prlimit is null ? "no resource limits (prlimit missing)" : "resource limits",
            _unshare is null ? "network not isolated (unshare unavailable)" : "no network",
            _setpriv is null ? "same user as the grader" : "unprivileged user",
        });

    /// <summary>
    /// Chooses the sandbox for this process: the isolating one, or, when the machine cannot
    /// isolate and <paramref name="allowUnsandboxed"/> says the instructor accepts that, the best
    /// layers available without bubblewrap.
    /// </summary>
    /// <param name="allowUnsandboxed">The instructor's explicit opt-out (<see cref="OptOutFlag"/>).</param>
    /// <returns>The sandbox chosen.</returns>
    /// <exception cref="SandboxUnavailableException">The machine cannot isolate and there was no opt-out.</exception>
    public static WorkerSandbox Select(bool allowUnsandboxed) => s_selected = Choose(s_detected.Value, allowUnsandboxed);

    /// <summary>The sandbox to use, given what the machine offers: fails closed unless opted out.</summary>
    internal static WorkerSandbox Choose(WorkerSandbox detected, bool allowUnsandboxed) =>
        detected.Isolates || !allowUnsandboxed ? Require(detected) : detected;

    /// <summary>The worker's files, where the worker's user can read them.</summary>
    public WorkerImage Image => DropsPrivileges ? WorkerImage.ReadableByAllUsers : WorkerImage.ForThisGrader;

    /// <summary>The command that runs the worker inside the fence.</summary>
    /// <param name="limits">The limits to apply.</param>
    /// <param name="submissions">How many submissions the worker may serve: its CPU-time limit covers each one's time limit.</param>
    /// <returns>The wrapped command, whose programs execute each other in turn.</returns>
    public IReadOnlyList<string> Wrap(GradingLimits limits, int submissions = 1)
    {
        ArgumentNullException.ThrowIfNull(limits);
        var image = Image;
        var command = new List<string>();
        if (_setpriv is not null)
        {
            command.AddRange(Unprivileged(_setpriv));
        }

        if (_bwrap is not null)
        {
            command.AddRange(BubblewrapJail.Arguments(_bwrap, image));
            command.AddRange(ResourceLimits.Arguments(_prlimit!, limits, submissions, ownUserNamespace: true));
            command.AddRange(image.CommandInside);
            return command;
        }

        // Opted out: limits, then no network where possible, then the worker as it is on disk.
        var wrapped = new List<string>();
        if (_prlimit is not null)
        {
            wrapped.AddRange(ResourceLimits.Arguments(_prlimit, limits, submissions, ownUserNamespace: false));
        }

        if (_unshare is not null)
        {
            wrapped.AddRange([_unshare, "--net", "--"]);
        }

        wrapped.AddRange(command);
        wrapped.AddRange(image.CommandOutside);
        return wrapped;
    }

    /// <summary>setpriv's arguments that run the rest of the command as "nobody", with no supplementary groups.</summary>
    private static string[] Unprivileged(string setpriv)
    {
        var id = UnprivilegedId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return [setpriv, $"--reuid={id}", $"--regid={id}", "--clear-groups", "--"];
    }

    private static WorkerSandbox Require(WorkerSandbox sandbox) =>
        sandbox.Isolates ? sandbox : throw new SandboxUnavailableException(sandbox.Missing!);

    /// <summary>Probes the machine, finding system tools with <paramref name="tool"/> (tests pass a machine without some).</summary>
    internal static WorkerSandbox Detect(Func<string, string?> tool)
    {
        var prlimit = tool("prlimit");
        var setpriv = Environment.IsPrivilegedProcess ? tool("setpriv") : null;
        var bwrap = tool("bwrap");
        string? missing = null;
        if (prlimit is null)
        {
            missing = "prlimit (util-linux) is not installed: install it (Debian/Ubuntu: apt-get install util-linux)";
        }
        else if (Environment.IsPrivilegedProcess && setpriv is null)
        {
            missing = "setpriv (util-linux) is not installed, so the worker cannot run as the unprivileged user 'nobody': install it (Debian/Ubuntu: apt-get install util-linux)";
        }
        else if (bwrap is null)
        {
            missing = "bubblewrap is not installed: install it (Debian/Ubuntu: apt-get install bubblewrap; Fedora: dnf install bubblewrap)";
        }
        else if (Failure([.. setpriv is null ? [] : Unprivileged(setpriv), .. BubblewrapJail.ProbeCommand(bwrap, setpriv is null ? WorkerImage.ForThisGrader : WorkerImage.ReadableByAllUsers)]) is { } refusal)
        {
            missing = refusal.Contains("source path", StringComparison.Ordinal)
                ? $"bubblewrap cannot show the worker its files ({refusal}): the .NET runtime and the grader's folder must be readable by every user (the worker runs as 'nobody')"
                : $"bubblewrap cannot create its namespaces here ({refusal}). Allow unprivileged user namespaces " +
                    "(sysctl kernel.unprivileged_userns_clone=1; on Ubuntu 24.04 also kernel.apparmor_restrict_unprivileged_userns=0); " +
                    "inside a container, run it with --security-opt seccomp=unconfined --security-opt apparmor=unconfined";
        }

        if (missing is null)
        {
            return new WorkerSandbox(bwrap, prlimit, null, setpriv, null);
        }

        var unshare = tool("unshare");
        if (unshare is not null && !Succeeds(unshare, "--net", "--", "true"))
        {
            unshare = null;
        }

        return new WorkerSandbox(null, prlimit, unshare, setpriv, missing);
    }

    /// <summary>The full path of a system tool, looked up in fixed system folders only (never a folder of the caller's PATH an attacker may own).</summary>
    internal static string? Tool(string name) =>
        new[] { "/usr/bin", "/bin", "/usr/sbin", "/sbin", "/usr/local/bin" }
            .Select(folder => Path.Combine(folder, name))
            .FirstOrDefault(File.Exists);

    /// <summary>Runs a short probe; its standard error when it fails, null when it succeeds.</summary>
    internal static string? Failure(IReadOnlyList<string> command)
    {
        try
        {
            var start = new ProcessStartInfo(command[0]) { RedirectStandardError = true, RedirectStandardOutput = true, RedirectStandardInput = true, UseShellExecute = false };
            foreach (var argument in command.Skip(1))
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            process.StandardInput.Close();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(5000))
            {
                process.Kill(entireProcessTree: true);
                return "the probe did not finish within 5 s";
            }

            return process.ExitCode == 0 ? null : FirstLine(error.Result, $"exit code {process.ExitCode}");
        }
        catch (Exception exception) when (exception is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            return exception.Message;
        }
    }

    private static bool Succeeds(params string[] command) => Failure(command) is null;

    private static string FirstLine(string text, string otherwise) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? otherwise;
}
