using Initialization.Grader.Protocol;

namespace Initialization.Grader.Pipeline;

/// <summary>
/// The one owner of the conversation with a child process (a worker or a compile child): each
/// protocol operation as a typed call that sends the request, waits within a limit, and decodes
/// the answer with <see cref="MessageCodec.TryOpen"/>. A child that answers outside the protocol
/// gets no second chance: it is killed, and the operation returns null as if it had died.
/// </summary>
public static class WorkerConversation
{
    /// <summary>Waits for the child's Ready message (once per child).</summary>
    /// <param name="child">The child.</param>
    /// <param name="limit">How long it may take to start.</param>
    /// <returns>Whether it is ready.</returns>
    public static bool AwaitReady(this WorkerProcess child, TimeSpan limit)
    {
        ArgumentNullException.ThrowIfNull(child);
        child.IsReady = child.IsReady || child.Receive(limit, out _) is not null;
        return child.IsReady;
    }

    /// <summary>Loads a compiled submission into a ready worker.</summary>
    /// <param name="worker">The worker.</param>
    /// <param name="request">The submission.</param>
    /// <param name="limit">How long starting and loading may take.</param>
    /// <returns>The answer, or null when the worker did not give one.</returns>
    public static LoadResponse? Load(this WorkerProcess worker, LoadRequest request, TimeSpan limit)
    {
        ArgumentNullException.ThrowIfNull(request);
        return worker.AwaitReady(limit) && worker.Send(request.Encode())
            ? Open(worker, worker.Receive(limit, out _), MessageKind.Loaded, LoadResponse.Decode)
            : null;
    }

    /// <summary>Runs the loaded class's static initialization.</summary>
    /// <param name="worker">The worker, with a submission loaded.</param>
    /// <param name="limit">How long the initialization may take.</param>
    /// <param name="timedOut">Whether the limit passed without an answer.</param>
    /// <returns>The answer, or null when there is none.</returns>
    public static InitializeResponse? Initialize(this WorkerProcess worker, TimeSpan limit, out bool timedOut)
    {
        ArgumentNullException.ThrowIfNull(worker);
        timedOut = false;
        return worker.Send(InitializeRequest.Encode())
            ? Open(worker, worker.Receive(limit, out timedOut), MessageKind.Initialized, InitializeResponse.Decode)
            : null;
    }

    /// <summary>Runs one call of a graded method.</summary>
    /// <param name="worker">The worker, with a submission loaded.</param>
    /// <param name="request">The call.</param>
    /// <param name="limit">How long the call may take.</param>
    /// <param name="timedOut">Whether the limit passed without an answer.</param>
    /// <returns>The answer to this very call, or null when there is none.</returns>
    public static CallResponse? Call(this WorkerProcess worker, CallRequest request, TimeSpan limit, out bool timedOut)
    {
        ArgumentNullException.ThrowIfNull(worker);
        ArgumentNullException.ThrowIfNull(request);
        timedOut = false;
        if (!worker.Send(request.Encode()))
        {
            return null;
        }

        var answer = Open(worker, worker.Receive(limit, out timedOut), MessageKind.CallResult, CallResponse.Decode);
        if (answer is not null && answer.CallId != request.CallId)
        {
            worker.Kill();
            return null;
        }

        return answer;
    }

    /// <summary>Unloads the worker's submission and waits for its load context to be collected.</summary>
    /// <param name="worker">The worker.</param>
    /// <param name="limit">How long the worker may take.</param>
    /// <returns>Whether the submission is gone, so the worker may serve another.</returns>
    public static bool Unload(this WorkerProcess worker, TimeSpan limit)
    {
        ArgumentNullException.ThrowIfNull(worker);
        // The worker itself stops waiting at the limit; a second more lets its answer arrive. A
        // worker started ahead and never used may not have said Ready yet.
        var answer = worker.AwaitReady(limit) && worker.Send(new UnloadRequest(limit).Encode()) ? worker.Receive(limit + TimeSpan.FromSeconds(1), out _) : null;
        return Open(worker, answer, MessageKind.Unloaded, UnloadResponse.Decode) is { Unloaded: true };
    }

    /// <summary>Compiles a submission in a compile child.</summary>
    /// <param name="child">The compile child.</param>
    /// <param name="request">The source and what must be declared.</param>
    /// <param name="startLimit">How long the child may take to start (load Roslyn).</param>
    /// <param name="timedOut">Whether the compile limit passed without an answer.</param>
    /// <returns>The answer, or null when there is none.</returns>
    /// <exception cref="InvalidOperationException">The child did not start: a fault of the grader.</exception>
    public static CompileResponse? Compile(this WorkerProcess child, CompileRequest request, TimeSpan startLimit, out bool timedOut)
    {
        ArgumentNullException.ThrowIfNull(child);
        ArgumentNullException.ThrowIfNull(request);
        if (!child.AwaitReady(startLimit) || !child.Send(request.Encode()))
        {
            throw new InvalidOperationException($"the compile process did not start (exit code {child.ExitCode(TimeSpan.FromSeconds(2))}): {child.CapturedOutput()}");
        }

        return Open(child, child.Receive(request.Limit, out timedOut), MessageKind.Compiled, CompileResponse.Decode);
    }

    private static T? Open<T>(WorkerProcess child, byte[]? answer, MessageKind kind, Func<BinaryReader, T> decode)
        where T : class
    {
        var message = MessageCodec.TryOpen(answer, kind, decode);
        if (message is null && answer is not null)
        {
            // An answer that breaks the protocol: the child is not to be trusted any more.
            child.Kill();
        }

        return message;
    }
}
