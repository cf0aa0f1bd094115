using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using Initialization.Grader.Protocol;

namespace Initialization.Grader.Pipeline;

/// <summary>
/// One running child process (a worker or a compile child): requests go to its stdin, responses
/// come from its stdout (read on a background thread, so every wait can time out), and its
/// stderr (where anything the student's code prints ends up) is kept up to a bound. The
/// conversation itself, message by message, belongs to <see cref="WorkerConversation"/>.
/// Every child runs in a session of its own, so a Ctrl-C at the terminal reaches the grader
/// alone, which ends its children itself (<see cref="StopAll"/>): a child the terminal killed
/// under a grading would pass for a crash of the student's code.
/// </summary>
public sealed class WorkerProcess : IDisposable
{
    private static readonly Lock s_gate = new();

    /// <summary>Every child started and not yet disposed, for <see cref="StopAll"/>.</summary>
    private static readonly HashSet<WorkerProcess> s_running = [];

    /// <summary>Every child's folder not yet deleted (from before its child starts to after it is gone), for <see cref="RemoveFolders"/>.</summary>
    private static readonly HashSet<string> s_folders = new(StringComparer.Ordinal);
    private static bool s_stopped;

    private readonly Process _process;
    private readonly DirectoryInfo? _workingFolder;
    private readonly FrameStream _requests;
    private readonly BlockingCollection<byte[]> _responses = [];
    private readonly BoundedText _stderr;
    private readonly int _maxResponseBytes;
    private readonly Thread _stdoutReader;
    private readonly Thread _stderrReader;

    private WorkerProcess(Process process, DirectoryInfo? workingFolder, int maxStderrChars, int maxResponseBytes)
    {
        _process = process;
        _workingFolder = workingFolder;
        _stderr = new BoundedText(maxStderrChars);
        _maxResponseBytes = maxResponseBytes;
        _requests = new FrameStream(process.StandardInput.BaseStream, int.MaxValue);
        _stdoutReader = new Thread(ReadResponses) { IsBackground = true, Name = "worker stdout" };
        _stderrReader = new Thread(ReadStderr) { IsBackground = true, Name = "worker stderr" };
        _stdoutReader.Start();
        _stderrReader.Start();
    }

    /// <summary>Starts the process described by <paramref name="start"/> (all three streams redirected).</summary>
    /// <param name="start">The command, its environment and folder.</param>
    /// <param name="workingFolder">A temporary folder of the worker's, deleted with it; null when it has none.</param>
    /// <param name="maxStderrChars">Characters of raw output kept.</param>
    /// <returns>The running worker.</returns>
    public static WorkerProcess Start(ProcessStartInfo start, DirectoryInfo? workingFolder, int maxStderrChars) =>
        Start(start, workingFolder, maxStderrChars, ProtocolLimits.MaxResponseBytes);

    /// <summary>Starts the process described by <paramref name="start"/>, whose responses may be up to <paramref name="maxResponseBytes"/> long.</summary>
    /// <param name="start">The command, its environment and folder.</param>
    /// <param name="workingFolder">A temporary folder of the process's, deleted with it; null when it has none.</param>
    /// <param name="maxStderrChars">Characters of raw output kept.</param>
    /// <param name="maxResponseBytes">The longest response accepted.</param>
    /// <returns>The running process.</returns>
    /// <exception cref="OperationCanceledException">The program is stopping (<see cref="StopAll"/>): no child starts any more.</exception>
    public static WorkerProcess Start(ProcessStartInfo start, DirectoryInfo? workingFolder, int maxStderrChars, int maxResponseBytes)
    {
        ArgumentNullException.ThrowIfNull(start);
        Process process;
        try
        {
            lock (s_gate)
            {
                ThrowIfStopped();
            }

            process = ProcessStarter.Start(InItsOwnSession(start));
        }
        catch
        {
            // The folder was made for this child alone.
            TryDelete(workingFolder);
            throw;
        }

        var child = new WorkerProcess(process, workingFolder, maxStderrChars, maxResponseBytes);
        lock (s_gate)
        {
            s_running.Add(child);
            if (s_stopped)
            {
                // Started while StopAll ran: ended like the others.
                child.Kill();
            }
        }

        return child;
    }

    /// <summary>
    /// Ends every child process this program has started and still holds (workers and compile
    /// children, with everything they started), and refuses to start any more: the program is
    /// being interrupted. Gradings in progress then see their children gone and end quickly; the
    /// children's folders go when their owners dispose them (or <see cref="RemoveFolders"/>).
    /// </summary>
    public static void StopAll()
    {
        lock (s_gate)
        {
            s_stopped = true;
            foreach (var child in s_running)
            {
                child.Kill();
            }
        }
    }

    /// <summary>Deletes every child's folder not yet deleted: the program is ending at once, with no time to dispose its children.</summary>
    public static void RemoveFolders()
    {
        lock (s_gate)
        {
            foreach (var folder in s_folders.ToList())
            {
                TryDelete(new DirectoryInfo(folder));
            }
        }
    }

    /// <summary>A new temporary folder for a child about to start, deleted with it (or by <see cref="RemoveFolders"/>).</summary>
    /// <param name="prefix">The start of its name.</param>
    /// <returns>The folder, which only this user can open.</returns>
    /// <exception cref="OperationCanceledException">The program is stopping (<see cref="StopAll"/>).</exception>
    internal static DirectoryInfo CreateFolder(string prefix)
    {
        // Created and recorded at once: a second Ctrl-C finds every folder that exists.
        lock (s_gate)
        {
            ThrowIfStopped();
            var folder = Directory.CreateTempSubdirectory(prefix);
            s_folders.Add(folder.FullName);
            return folder;
        }
    }

    /// <summary>The process id (for tests and diagnostics).</summary>
    public int Id => _process.Id;

    /// <summary>Whether the worker's Ready message has been received.</summary>
    public bool IsReady { get; set; }

    /// <summary>How many submissions have been loaded into it.</summary>
    public int Submissions { get; set; }

    /// <summary>Whether the process still runs.</summary>
    public bool IsAlive
    {
        get
        {
            try
            {
                return !_process.HasExited;
            }
            catch (InvalidOperationException)
            {
                return false;
            }
        }
    }

    /// <summary>Sends a request; false when the worker is gone.</summary>
    internal bool Send(ReadOnlyMemory<byte> payload)
    {
        try
        {
            _requests.Write(payload.Span);
            return true;
        }
        catch (IOException)
        {
            return false;
        }
        catch (ObjectDisposedException)
        {
            return false;
        }
    }

    /// <summary>The next response, or null when the worker closed its output or the time ran out.</summary>
    internal byte[]? Receive(TimeSpan timeout, out bool timedOut)
    {
        timedOut = false;
        try
        {
            if (_responses.TryTake(out var payload, timeout))
            {
                return payload;
            }

            timedOut = !_responses.IsCompleted;
            return null;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>Ends the worker and everything it started.</summary>
    public void Kill()
    {
        try
        {
            if (!_process.HasExited)
            {
                StageCosts.Current?.Ending(this);
                _process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    /// <summary>The exit code once the process has ended (waiting at most <paramref name="wait"/>), or null while it runs.</summary>
    public int? ExitCode(TimeSpan wait)
    {
        _process.WaitForExit(wait);
        _stderrReader.Join(wait);
        return _process.HasExited ? _process.ExitCode : null;
    }

    /// <summary>Waits (at most 2 s) for the process to end and for the last of its output; its exit code (null while it still runs) and that output.</summary>
    /// <returns>The exit code and the captured output.</returns>
    public (int? ExitCode, string Output) WaitForEnd()
    {
        _process.WaitForExit(2000);
        _stderrReader.Join(2000);
        return (_process.HasExited ? _process.ExitCode : null, CapturedOutput());
    }

    /// <summary>What the worker wrote to its raw stdout/stderr (the student's prints), bounded.</summary>
    /// <returns>The text.</returns>
    public string CapturedOutput() => _stderr.Text;

    /// <summary>The captured output so far, which is then forgotten (a worker serving the next submission starts empty).</summary>
    /// <returns>The text.</returns>
    public string TakeCapturedOutput() => _stderr.Take();

    /// <inheritdoc/>
    public void Dispose()
    {
        // Out of StopAll's reach first: it never touches a disposed process.
        lock (s_gate)
        {
            s_running.Remove(this);
        }

        Kill();
        try
        {
            _process.StandardInput.Close();
        }
        catch (IOException)
        {
            // The pipe may already be broken.
        }

        _process.WaitForExit(2000);
        _process.Dispose();
        TryDelete(_workingFolder);
    }

    /// <summary>
    /// The command run by setsid (util-linux), in a new session and process group, out of reach
    /// of the terminal's signals. setsid runs the command in its own process (it forks only when
    /// started as a group leader, which a child never is), so the process id stays the child's.
    /// </summary>
    private static ProcessStartInfo InItsOwnSession(ProcessStartInfo start)
    {
        if (WorkerSandbox.Tool("setsid") is not { } setsid)
        {
            return start;
        }

        var arguments = start.ArgumentList.ToList();
        start.ArgumentList.Clear();
        start.ArgumentList.Add(start.FileName);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.FileName = setsid;
        return start;
    }

    private static void ThrowIfStopped()
    {
        if (s_stopped)
        {
            throw new OperationCanceledException("grading was interrupted: no child process starts any more");
        }
    }

    private static void TryDelete(DirectoryInfo? folder)
    {
        if (folder is null)
        {
            return;
        }

        lock (s_gate)
        {
            try
            {
                folder.Delete(recursive: true);
                s_folders.Remove(folder.FullName);
            }
            catch (DirectoryNotFoundException)
            {
                s_folders.Remove(folder.FullName);
            }
            catch (IOException)
            {
                // Best effort: the temporary folder is the OS's to clean up otherwise.
            }
            catch (UnauthorizedAccessException)
            {
                // As above.
            }
        }
    }

    private void ReadResponses()
    {
        var frames = new FrameStream(_process.StandardOutput.BaseStream, _maxResponseBytes);
        try
        {
            while (frames.Read() is { } payload)
            {
                _responses.Add(payload);
            }
        }
        catch (Exception exception) when (exception is IOException or InvalidDataException or ObjectDisposedException)
        {
            // A broken or hostile stream ends the conversation; the caller sees the worker as dead.
        }
        finally
        {
            _responses.CompleteAdding();
        }
    }

    private void ReadStderr()
    {
        var buffer = new char[4096];
        var reader = _process.StandardError;
        try
        {
            int read;
            while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
            {
                _stderr.Append(buffer.AsSpan(0, read));
            }
        }
        catch (Exception exception) when (exception is IOException or ObjectDisposedException)
        {
            // The worker is gone.
        }
    }
}
