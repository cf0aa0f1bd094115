using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.Loader;
using Initialization.Grader.Protocol;
using Initialization.Grader.Protocol.Values;

namespace Initialization.Grader.Worker;

/// <summary>
/// Loads the compiled submission and runs its graded methods, turning every outcome into a
/// response cut to the <see cref="ProtocolLimits"/>.
/// </summary>
internal sealed class SubmissionHost(BoundedTextWriter console)
{
    private Type? _graded;
    private AssemblyLoadContext? _context;

    /// <summary>
    /// Loads a submission into a collectible load context of its own: in batch grading a worker
    /// serves several submissions in turn, and none may see another's classes or static state.
    /// </summary>
    public LoadResponse Load(LoadRequest request)
    {
        _graded = null;
        _context?.Unload();
        // Whatever was printed before this submission arrived belongs to nobody.
        console.TakeText();
        _context = new AssemblyLoadContext("submission", isCollectible: true);
        try
        {
            var assembly = _context.LoadFromStream(new MemoryStream(request.AssemblyBytes));
            _graded = assembly.GetType(request.TypeName, throwOnError: false);
            return _graded is null ? new LoadResponse(TextBounds.Truncate($"the class {request.TypeName} is not in the compiled submission", ProtocolLimits.MaxMessageChars)) : new LoadResponse(null);
        }
        catch (BadImageFormatException exception)
        {
            return new LoadResponse(TextBounds.Truncate($"the compiled submission could not be loaded: {exception.Message}", ProtocolLimits.MaxMessageChars));
        }
    }

    /// <summary>
    /// Unloads the submission and collects until its load context is gone, so that none of its
    /// code (a finalizer above all) can run while the next submission is graded; what it printed
    /// meanwhile is dropped. False when the context outlived <paramref name="request"/>'s limit
    /// (a finalizer that hangs, an object kept alive): the grader then destroys this worker.
    /// </summary>
    public UnloadResponse Unload(UnloadRequest request)
    {
        var context = Detach();
        var collected = context is null;
        if (!collected)
        {
            // On a thread of its own: a finalizer that never returns blocks WaitForPendingFinalizers for good.
            var collector = new Thread(() =>
            {
                while (context!.IsAlive)
                {
                    GC.Collect();
                    GC.WaitForPendingFinalizers();
                }
            })
            { IsBackground = true, Name = "unload" };
            collector.Start();
            collected = collector.Join(request.Limit);
        }

        console.TakeText();
        return new UnloadResponse(collected);
    }

    /// <summary>
    /// Runs the loaded class's static initialization, as its first call would. A throw is not
    /// reported here: the runtime remembers it and every call then throws the
    /// TypeInitializationException it would have thrown anyway, which is what the student sees.
    /// </summary>
    public InitializeResponse Initialize()
    {
        Prepare();
        if (_graded is not null)
        {
            try
            {
                RuntimeHelpers.RunClassConstructor(_graded.TypeHandle);
            }
            catch (Exception)
            {
                // Left to the calls (see above).
            }
        }

        return new InitializeResponse(console.TakeText());
    }

    /// <summary>Runs one call; every outcome, a throw included, becomes a response.</summary>
    public CallResponse Call(CallRequest request)
    {
        Prepare();
        object?[] arguments = [];
        var clock = Stopwatch.StartNew();
        try
        {
            (var method, arguments) = GradedCall.Bind(_graded, request.Method, request.Arguments);
            var result = method.Invoke(null, arguments);
            clock.Stop();
            // Reading the result may run the student's code (an enumerator): still inside this try.
            return Returned(request, result, arguments, clock.Elapsed.TotalMilliseconds);
        }
        catch (TargetInvocationException invocation) when (invocation.InnerException is { } thrown)
        {
            return Threw(request, thrown, arguments, clock.Elapsed.TotalMilliseconds);
        }
        catch (Exception thrown)
        {
            return Threw(request, thrown, arguments, clock.Elapsed.TotalMilliseconds);
        }
    }

    /// <summary>What every run of student code starts from: the same culture and asserts whatever an earlier one set, and no output of before.</summary>
    private void Prepare()
    {
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
        PythonLikeAsserts.Install();
        console.TakeText();
    }

    /// <summary>Lets go of the load context and returns a weak reference to it (not inlined: no strong reference may stay on this stack).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private WeakReference? Detach()
    {
        _graded = null;
        if (_context is null)
        {
            return null;
        }

        var context = new WeakReference(_context);
        _context.Unload();
        _context = null;
        return context;
    }

    private CallResponse Returned(CallRequest request, object? result, object?[] arguments, double milliseconds)
    {
        if (result is null)
        {
            return Response(request, CallStatus.ReturnedNull, null, null, arguments, milliseconds);
        }

        var budget = new ValueBudget();
        try
        {
            var value = GradedValue.Read(result, budget);
            return Response(request, CallStatus.Returned, value, null, ArgumentsAfterCall(arguments, budget), milliseconds);
        }
        catch (ValueTooLargeException)
        {
            return Response(request, CallStatus.TooLarge, null, null, new List<object?>(), milliseconds);
        }
        catch (UnreadableValueException unreadable)
        {
            return Response(request, CallStatus.Unreadable, null, unreadable.Message, arguments, milliseconds);
        }
    }

    /// <summary>The arguments as the call left them, within what is left of <paramref name="budget"/>; none when they no longer fit.</summary>
    private static List<object?> ArgumentsAfterCall(object?[] arguments, ValueBudget budget)
    {
        try
        {
            return [.. arguments.Select(a => GradedValue.Read(a, budget))];
        }
        catch (Exception exception) when (exception is ValueTooLargeException or UnreadableValueException)
        {
            return [];
        }
    }

    private CallResponse Threw(CallRequest request, Exception thrown, object?[] arguments, double milliseconds)
    {
        var frames = new StackTrace(thrown, fNeedFileInfo: true).GetFrames()
            .Where(f => f.GetMethod()?.DeclaringType?.Assembly == _graded?.Assembly)
            .ToList();
        // The innermost frame of the student's code with a line: where it failed (the assembly's embedded PDB gives the lines).
        var failing = frames.FirstOrDefault(f => f.GetFileLineNumber() > 0);
        var trace = frames.Select(f => $"at {f.GetMethod()?.DeclaringType?.Name}.{f.GetMethod()?.Name}" + (f.GetFileLineNumber() > 0 ? $" (line {f.GetFileLineNumber()})" : string.Empty));
        return new CallResponse(
            request.CallId,
            CallStatus.Threw,
            null,
            TextBounds.Truncate(thrown.GetType().FullName, ProtocolLimits.MaxTypeNameChars),
            TextBounds.Truncate(Message(thrown), ProtocolLimits.MaxMessageChars),
            TextBounds.Truncate(string.Join("\n", trace), ProtocolLimits.MaxStackTraceChars),
            ArgumentsAfterCall(arguments, new ValueBudget()),
            console.TakeText(),
            milliseconds,
            failing?.GetFileLineNumber() ?? 0,
            TextBounds.Truncate(Path.GetFileName(failing?.GetFileName()), ProtocolLimits.MaxTypeNameChars));
    }

    /// <summary>The exception's message; a Message property that itself throws says so instead.</summary>
    private static string Message(Exception thrown)
    {
        try
        {
            return thrown.Message;
        }
        catch (Exception exception)
        {
            return $"(its message could not be read: {exception.GetType().Name})";
        }
    }

    private CallResponse Response(CallRequest request, CallStatus status, object? value, string? problem, object?[] arguments, double milliseconds) =>
        Response(request, status, value, problem, ArgumentsAfterCall(arguments, new ValueBudget()), milliseconds);

    private CallResponse Response(CallRequest request, CallStatus status, object? value, string? problem, List<object?> arguments, double milliseconds) =>
        new(request.CallId, status, value, null, TextBounds.Truncate(problem, ProtocolLimits.MaxMessageChars), null, arguments, console.TakeText(), milliseconds);
}
