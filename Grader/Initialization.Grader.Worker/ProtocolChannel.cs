using System.Runtime.InteropServices;
using Initialization.Grader.Protocol;
using Microsoft.Win32.SafeHandles;

namespace Initialization.Grader.Worker;

/// <summary>
/// The worker's private line to the grader. Requests come on stdin; responses leave on a
/// duplicate of the original stdout, after which file descriptor 1 is pointed at stderr. So
/// whatever student code prints, even straight to the stdout handle, lands in the captured
/// stderr and can never be mistaken for (or corrupt) a response.
/// </summary>
internal sealed partial class ProtocolChannel
{
    private const int StandardOutput = 1;
    private const int StandardError = 2;
    private const int MaxRequestBytes = 64 * 1024 * 1024;
    private const int PipeSizeCommand = 1031; // F_SETPIPE_SZ

    private readonly FrameStream _requests;
    private readonly FrameStream _responses;

    private ProtocolChannel(FrameStream requests, FrameStream responses)
    {
        _requests = requests;
        _responses = responses;
    }

    public static ProtocolChannel Open()
    {
        var privateStdout = Dup(StandardOutput);
        if (privateStdout < 0 || Dup2(StandardError, StandardOutput) < 0)
        {
            throw new IOException($"cannot set up the protocol channel (errno {Marshal.GetLastPInvokeError()})");
        }

        // A 1 MB pipe carries the largest result (a 128 x 784 matrix) in one go instead of sixteen
        // 64 KB turns between the two processes. Best effort: the default size works too.
        _ = SetPipeSize(privateStdout, PipeSizeCommand, 1 << 20);
        var responses = new FileStream(new SafeFileHandle(privateStdout, ownsHandle: true), FileAccess.Write, bufferSize: 0);
        return new ProtocolChannel(new FrameStream(Console.OpenStandardInput(), MaxRequestBytes), new FrameStream(responses, int.MaxValue));
    }

    public byte[]? ReadRequest() => _requests.Read();

    public void Send(ReadOnlyMemory<byte> payload) => _responses.Write(payload.Span);

    [LibraryImport("libc", EntryPoint = "dup", SetLastError = true)]
    private static partial int Dup(int fd);

    [LibraryImport("libc", EntryPoint = "dup2", SetLastError = true)]
    private static partial int Dup2(int oldFd, int newFd);

    [LibraryImport("libc", EntryPoint = "fcntl", SetLastError = true)]
    private static partial int SetPipeSize(int fd, int command, int size);
}
