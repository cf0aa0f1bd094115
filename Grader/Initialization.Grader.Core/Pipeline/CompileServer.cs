using Initialization.Grader.Protocol;

namespace Initialization.Grader.Pipeline;

/// <summary>
/// The compile child: a hidden mode of the grader's own executable (so the self-contained
/// publish needs nothing new) that compiles submissions one after another, speaking the framed
/// protocol on stdin/stdout. It runs under a managed heap limit and a CPU limit, so a compile
/// bomb exhausts it and not the grader, and the grader kills it when a compile runs past its
/// limit, which stops Roslyn for good (a thread could not be).
/// </summary>
public static class CompileServer
{
    /// <summary>The command-line flag that starts this mode (recognized before any other parsing).</summary>
    public const string Flag = "--compile-server";

    /// <summary>After <see cref="Flag"/>: warm up (<see cref="SubmissionCompiler.WarmUp"/>) before saying Ready.</summary>
    public const string WarmUpFlag = "--warm-up";

    /// <summary>Exit code when a compile ran far past its limit and the grader did not end the child (it is gone).</summary>
    public const int ExitOverdue = 3;

    private const int CompilerStackBytes = 256 * 1024 * 1024;

    /// <summary>Beyond a request's limit, how long the child waits for the grader to kill it before it ends itself.</summary>
    private static readonly TimeSpan s_overdueGrace = TimeSpan.FromSeconds(5);

    /// <summary>The compile child's mode for <paramref name="args"/>, or null when they ask for something else.</summary>
    /// <param name="args">The process's command line.</param>
    /// <returns>Whether to warm up first, when this is a compile child.</returns>
    public static bool? Mode(string[] args) => args switch
    {
        [Flag] => false,
        [Flag, WarmUpFlag] => true,
        _ => null,
    };

    /// <summary>Serves compile requests until stdin closes.</summary>
    /// <param name="warmUp">Whether to compile a sample first, before saying Ready (the grader then waits for it when it needs the child).</param>
    /// <returns>The exit code.</returns>
    public static int Serve(bool warmUp)
    {
        // Responses go out on the original stdout; anything else that writes to the console goes to stderr.
        var responses = new FrameStream(Console.OpenStandardOutput(), int.MaxValue);
        Console.SetOut(Console.Error);
        var requests = new FrameStream(Console.OpenStandardInput(), ProtocolLimits.MaxCompileRequestBytes);
        var references = CompileReferences.Load();
        var guarded = new SubmissionCompiler(references);
        var unguarded = new SubmissionCompiler(references, enforceApiPolicy: false);
        if (warmUp)
        {
            guarded.WarmUp();
        }

        responses.Write(MessageCodec.Encode(MessageKind.Ready, _ => { }).Span);
        while (requests.Read() is { } payload)
        {
            var (kind, body) = MessageCodec.Open(payload);
            if (kind != MessageKind.Compile)
            {
                throw new InvalidDataException($"unexpected message {kind}");
            }

            var request = CompileRequest.Decode(body);
            responses.Write(CompileOnLargeStack(request.EnforceApiPolicy ? guarded : unguarded, request).Encode().Span);
        }

        return 0;
    }

    /// <summary>Compiles on a thread with a large stack (deeply nested code); ends the process when the grader fails to.</summary>
    private static CompileResponse CompileOnLargeStack(SubmissionCompiler compiler, CompileRequest request)
    {
        CompileResponse? response = null;
        var thread = new Thread(() => response = Compile(compiler, request), CompilerStackBytes) { IsBackground = true, Name = "compiler" };
        thread.Start();
        if (!thread.Join(request.Limit + s_overdueGrace))
        {
            // The grader kills this process at the limit; if it is gone, nobody else stops Roslyn.
            Environment.Exit(ExitOverdue);
        }

        return response!;
    }

    private static CompileResponse Compile(SubmissionCompiler compiler, CompileRequest request)
    {
        try
        {
            var compiled = compiler.Compile(new SubmissionSource(request.FileName, request.Text), request.Graded, CancellationToken.None);
            return new CompileResponse(CompileStatus.Compiled, compiled.Assembly, compiled.TypeName, [.. compiled.Methods.Select(m => new KeyValuePair<string, string?>(m.Key, m.Value.Problem))], null);
        }
        catch (InsufficientExecutionStackException)
        {
            return new CompileResponse(CompileStatus.TooDeep, null, null, [], null);
        }
        catch (OutOfMemoryException)
        {
            return new CompileResponse(CompileStatus.OutOfMemory, null, null, [], null);
        }
        catch (AggregateException aggregate) when (aggregate.InnerExceptions.Any(e => e is OutOfMemoryException))
        {
            return new CompileResponse(CompileStatus.OutOfMemory, null, null, [], null);
        }
        catch (Exception exception)
        {
            return new CompileResponse(CompileStatus.Failed, null, null, [], exception.ToString());
        }
    }
}
