using System.Diagnostics;
using Initialization.Grader.Exercise;
using Initialization.Grader.Protocol;

namespace Initialization.Grader.Pipeline;

/// <summary>
/// Stage 3: the submission as the pack's hidden tests see it, with every call executed in a worker
/// process. A call that hangs or takes the worker down fails only its method: the worker is
/// replaced for the other methods, and the failed method's later calls report the same failure
/// without running again. The class's static initialization runs on its own before the first
/// call, under the same limit: when it hangs or crashes, every method fails with that one
/// explanation, at the cost of one limit instead of one per method.
/// </summary>
public sealed class IsolatedSubmission : ISubmission, IDisposable
{
    private const string NotImplementedPhrase = "is not implemented yet";

    private static readonly TimeSpan s_startLimit = TimeSpan.FromSeconds(20);

    private readonly CompiledSubmission _compiled;
    private readonly IWorkerSource _workers;
    private readonly Stopwatch _clock = new();
    private readonly Dictionary<string, CallOutcome> _failedMethods = [];
    private readonly BoundedText _output = new(ProtocolLimits.MaxConsoleChars);
    private WorkerProcess? _worker;
    private CallOutcome? _startFailure;
    private int _nextCallId;

    /// <summary>Wraps a compiled submission, to be run by workers from <paramref name="workers"/>.</summary>
    public IsolatedSubmission(CompiledSubmission compiled, IWorkerSource workers)
    {
        _compiled = compiled;
        _workers = workers;
    }

    /// <summary>What the student's code printed across all calls (bounded).</summary>
    public string ConsoleOutput => _output.Text;

    /// <inheritdoc/>
    public CallOutcome Call(string method, params object?[] arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        if (!_compiled.Methods.TryGetValue(method, out var availability) || !availability.IsCallable)
        {
            return CallOutcome.Failed(CallKind.Unavailable, availability?.Problem ?? "is not a graded method.");
        }

        if (_failedMethods.TryGetValue(method, out var earlier))
        {
            return earlier;
        }

        var remaining = _workers.Limits.PerSubmission - _clock.Elapsed;
        if (remaining <= TimeSpan.Zero)
        {
            return CallOutcome.Failed(CallKind.TimedOut, $"was not run: the submission used up its total time limit of {Seconds(_workers.Limits.PerSubmission)}.");
        }

        _clock.Start();
        try
        {
            return Run(method, arguments, remaining);
        }
        finally
        {
            _clock.Stop();
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (_worker is not null)
        {
            _output.AppendLines(_worker.TakeCapturedOutput());
            _workers.Return(_worker, clean: true);
            _worker = null;
        }
    }

    private CallOutcome Run(string method, object?[] arguments, TimeSpan remaining)
    {
        var limit = remaining < _workers.Limits.PerCall ? remaining : _workers.Limits.PerCall;
        if (EnsureWorker(limit) is { } failure)
        {
            return failure;
        }

        var worker = _worker!;
        var request = new CallRequest(++_nextCallId, method, arguments);
        if (worker.Call(request, limit, out var timedOut) is not { } response)
        {
            return Fail(method, worker, timedOut, limit);
        }

        _output.AppendLines(response.ConsoleOutput);
        return ToOutcome(response);
    }

    private CallOutcome Fail(string method, WorkerProcess worker, bool timedOut, TimeSpan limit)
    {
        // Death waits for the exit, so a dying worker's own exit code and output are read
        // before anything is killed.
        var outcome = timedOut
            ? CallOutcome.Failed(CallKind.TimedOut, $"did not finish within {Seconds(limit)}: is there an endless loop?")
            : CallOutcome.Failed(CallKind.Crashed, Death(worker));
        worker.Kill();
        _failedMethods[method] = outcome;
        _output.AppendLines(worker.TakeCapturedOutput());
        _workers.Return(worker, clean: false);
        _worker = null;
        return outcome;
    }

    /// <summary>
    /// Starts (or restarts) the worker, loads the submission and runs its static initialization
    /// within <paramref name="limit"/>; the failure every call then reports when that fails.
    /// </summary>
    private CallOutcome? EnsureWorker(TimeSpan limit)
    {
        if (_startFailure is not null || _worker is not null)
        {
            return _startFailure;
        }

        if (_compiled.Assembly is null || _compiled.TypeName is null)
        {
            return _startFailure = CallOutcome.Failed(CallKind.Unavailable, "could not be loaded: the submission did not compile.");
        }

        var worker = _workers.Take();
        // Whatever reached the worker's raw output before this submission belongs to nobody.
        worker.TakeCapturedOutput();
        if (worker.Load(new LoadRequest(_compiled.Assembly, _compiled.TypeName), s_startLimit) is not { } response)
        {
            worker.Kill();
            var death = Death(worker);
            _workers.Return(worker, clean: false);
            return _startFailure = CallOutcome.Failed(CallKind.Unavailable, $"could not be loaded: the test process {death}");
        }

        worker.Submissions++;
        if (response.Error is not null)
        {
            _workers.Return(worker, clean: false);
            return _startFailure = CallOutcome.Failed(CallKind.Unavailable, $"could not be loaded: {response.Error}.");
        }

        if (worker.Initialize(limit, out var timedOut) is not { } initialized)
        {
            // The class cannot be used: no method could earn anything in another worker either.
            var what = $"the static initialization of {ShortName(_compiled.TypeName)} (its static constructor and static field initializers)";
            _startFailure = timedOut
                ? CallOutcome.Failed(CallKind.TimedOut, $"did not finish within {Seconds(limit)}: {what} never ended: is there an endless loop?")
                : CallOutcome.Failed(CallKind.Crashed, $"could not run: {what} {Death(worker)}");
            worker.Kill();
            _output.AppendLines(worker.TakeCapturedOutput());
            _workers.Return(worker, clean: false);
            return _startFailure;
        }

        _output.AppendLines(initialized.ConsoleOutput);
        _worker = worker;
        return null;
    }

    /// <summary>Why the worker stopped answering, in the student's terms (after it died).</summary>
    private static string Death(WorkerProcess worker)
    {
        var (code, output) = worker.WaitForEnd();
        if (output.Contains("Stack overflow", StringComparison.OrdinalIgnoreCase))
        {
            return "crashed the test process with a stack overflow: does a method call itself without end?";
        }

        if (output.Contains("OutOfMemory", StringComparison.Ordinal) || code == 137)
        {
            return "crashed the test process by running out of memory: is something growing without end?";
        }

        return code switch
        {
            134 => "crashed the test process (it aborted, as Environment.FailFast does).",
            128 + 24 => "used up the test process's CPU time limit: is there an endless loop?",
            128 + 25 => "was stopped for writing to a file, which submissions may not do.",
            null => "stopped answering the grader.",
            _ => $"ended the test process early (exit code {code}): code that exits the program, as Environment.Exit does, cannot be graded.",
        };
    }

    private static CallOutcome ToOutcome(CallResponse response) => response.Status switch
    {
        CallStatus.Returned when response.Value is { } value => CallOutcome.Returned(value, response.ArgumentsAfterCall),
        CallStatus.Returned or CallStatus.ReturnedNull => CallOutcome.Failed(CallKind.ReturnedNull, "returned null.", response.ArgumentsAfterCall),
        CallStatus.TooLarge => CallOutcome.Failed(
            CallKind.Unavailable,
            $"returned more than the grader accepts back from one call (over {ProtocolLimits.MaxReturnedValues / (1024 * 1024)} million numbers, {ProtocolLimits.MaxReturnedEntries} entries or {ProtocolLimits.MaxValueDepth} levels of nesting): check the sizes of what you create.",
            response.ArgumentsAfterCall),
        CallStatus.Unreadable => CallOutcome.Failed(CallKind.Unavailable, $"returned {response.ExceptionMessage}: return the type the exercise asks for.", response.ArgumentsAfterCall),
        _ => CallOutcome.Failed(CallKind.Threw, Threw(response), response.ArgumentsAfterCall) with { ExceptionType = response.ExceptionType },
    };

    private static string Threw(CallResponse response)
    {
        var type = response.ExceptionType ?? "an exception";
        var shortType = ShortName(type);
        var line = response.FailingLine > 0 ? $" on line {response.FailingLine} of {response.FailingFile ?? "your file"}" : string.Empty;
        // The frames are worth showing only when the failing line is in a helper the method called.
        var frames = (response.StackTrace ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var where = frames.Length > 1 ? $"\n    {string.Join("\n    ", frames)}" : string.Empty;
        return type switch
        {
            WorkerExceptions.AssertionFailed => $"stopped: {response.ExceptionMessage}{where}",
            _ when shortType == nameof(NotImplementedException) => NotImplemented(response.ExceptionMessage),
            _ when shortType == nameof(OutOfMemoryException) => $"ran out of memory (OutOfMemoryException){line}: is something growing without end?{where}",
            _ => $"threw {shortType}{line}: {response.ExceptionMessage}{where}",
        };
    }

    /// <summary>A stub's own message usually says "X is not implemented yet: what to do" already; it is not said twice.</summary>
    private static string NotImplemented(string? message) =>
        message is not null && message.Contains(NotImplementedPhrase, StringComparison.Ordinal)
            ? $"{NotImplementedPhrase}: {message[(message.IndexOf(NotImplementedPhrase, StringComparison.Ordinal) + NotImplementedPhrase.Length)..].TrimStart(':', ' ', '.')}".TrimEnd(':', ' ')
            : $"{NotImplementedPhrase}: {message}";

    /// <summary>A type's name without its namespace, as the student wrote it.</summary>
    private static string ShortName(string fullName) => fullName[(fullName.LastIndexOf('.') + 1)..];

    private static string Seconds(TimeSpan time) => $"{time.TotalSeconds:0.#} s";
}
