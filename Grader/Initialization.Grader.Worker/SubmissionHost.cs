using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Runtime.Loader;
using Initialization.Grader.Protocol;
using Initialization.Shared;

namespace Initialization.Grader.Worker;

/// <summary>Loads the compiled submission and runs its graded methods, turning every outcome into a response.</summary>
internal sealed class SubmissionHost(BoundedTextWriter console)
{
    /// <summary>Returned data above this is refused: a memory bomb in disguise, or a wrong shape gone wild.</summary>
    private const long MaxReturnedValues = 8 * 1024 * 1024;

    private Type? _graded;
    private AssemblyLoadContext? _context;

    /// <summary>
    /// Loads a submission into a collectible load context of its own, unloading the previous
    /// submission's: in batch grading a worker serves several submissions in turn, and none may
    /// see another's classes or static state.
    /// </summary>
    public LoadResponse Load(LoadRequest request)
    {
        _graded = null;
        _context?.Unload();
        _context = new AssemblyLoadContext("submission", isCollectible: true);
        try
        {
            var assembly = _context.LoadFromStream(new MemoryStream(request.AssemblyBytes));
            _graded = assembly.GetType(request.TypeName, throwOnError: false);
            return _graded is null ? new LoadResponse($"the class {request.TypeName} is not in the compiled submission") : new LoadResponse(null);
        }
        catch (BadImageFormatException exception)
        {
            return new LoadResponse($"the compiled submission could not be loaded: {exception.Message}");
        }
    }

    public CallResponse Call(CallRequest request)
    {
        // Each call starts from the same culture, whatever an earlier one set.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
        var argument = (int[])request.LayersDims.Clone();
        console.TakeText();
        var clock = Stopwatch.StartNew();
        try
        {
            var method = _graded?.GetMethod(request.Method, BindingFlags.Public | BindingFlags.Static, [typeof(int[])])
                ?? throw new MissingMethodException($"{request.Method}(int[]) is not in the loaded class");
            var result = method.Invoke(null, [argument]);
            clock.Stop();
            return Encode(request, result, argument, clock.Elapsed.TotalMilliseconds);
        }
        catch (TargetInvocationException invocation) when (invocation.InnerException is { } thrown)
        {
            return Threw(request, thrown, argument, clock.Elapsed.TotalMilliseconds);
        }
        catch (Exception thrown)
        {
            return Threw(request, thrown, argument, clock.Elapsed.TotalMilliseconds);
        }
    }

    private CallResponse Encode(CallRequest request, object? result, int[] argument, double milliseconds)
    {
        if (result is null)
        {
            return Response(request, CallStatus.ReturnedNull, [], argument, milliseconds);
        }

        var entries = new List<ReturnedEntry>();
        long total = 0;
        foreach (var (key, matrix) in (IEnumerable<KeyValuePair<string, Matrix>>)result)
        {
            total += matrix?.Size ?? 0;
            if (total > MaxReturnedValues)
            {
                return Response(request, CallStatus.TooLarge, [], argument, milliseconds);
            }

            entries.Add(matrix is null ? new ReturnedEntry(key, 0, 0, null) : new ReturnedEntry(key, matrix.Rows, matrix.Cols, matrix.ToArray()));
        }

        return Response(request, CallStatus.Returned, entries, argument, milliseconds);
    }

    private CallResponse Threw(CallRequest request, Exception thrown, int[] argument, double milliseconds)
    {
        var frames = new StackTrace(thrown, fNeedFileInfo: true).GetFrames()
            .Where(f => f.GetMethod()?.DeclaringType?.Assembly == _graded?.Assembly)
            .Select(f => $"at {f.GetMethod()?.DeclaringType?.Name}.{f.GetMethod()?.Name}" + (f.GetFileLineNumber() > 0 ? $" (line {f.GetFileLineNumber()})" : string.Empty));
        return new CallResponse(request.CallId, CallStatus.Threw, [], thrown.GetType().FullName, thrown.Message, string.Join("\n", frames), argument, console.TakeText(), milliseconds);
    }

    private CallResponse Response(CallRequest request, CallStatus status, IReadOnlyList<ReturnedEntry> entries, int[] argument, double milliseconds) =>
        new(request.CallId, status, entries, null, null, null, argument, console.TakeText(), milliseconds);
}
