using System.Diagnostics;
using System.Globalization;
using System.Text;
using Initialization.Grader.Exercise;
using Initialization.Grader.Protocol;

namespace Initialization.Grader.Pipeline;

/// <summary>
/// The whole pipeline for one submission: locate → compile → run in isolation → compare (the
/// exercise pack's hidden tests) → result. Never throws for anything a submission does; a fault
/// of the grader itself escapes as an exception.
/// </summary>
public sealed class SubmissionGrader : IDisposable
{
    /// <summary>How long a compile child may take to start (load Roslyn) before it counts as broken.</summary>
    private static readonly TimeSpan s_compilerStartLimit = TimeSpan.FromSeconds(30);

    private readonly CompilerPool _compilers;
    private readonly bool _ownsCompilers;
    private readonly bool _enforceApiPolicy;
    private readonly ExercisePack _pack;
    private readonly GradingLimits _limits;
    private readonly SubmissionLocator _locator;
    private readonly WorkerPool? _pool;

    /// <summary>A grader of <paramref name="pack"/>'s exercise with the kit's API allowlist. Submissions compile in child processes, which load the compile references themselves.</summary>
    /// <param name="pack">The exercise: what is graded and the hidden tests.</param>
    /// <param name="limits">The limits submissions run under (<see cref="ExercisePack.Limits"/> gives the pack's).</param>
    /// <param name="pool">The workers to use (batch grading); without one, each submission gets a fresh worker.</param>
    public SubmissionGrader(ExercisePack pack, GradingLimits limits, WorkerPool? pool = null)
        : this(pack, limits, pool, compilers: null)
    {
    }

    /// <summary>A grader of <paramref name="pack"/>'s exercise that takes its compile children from <paramref name="compilers"/> (left running when it is disposed), or from a pool of its own when null.</summary>
    /// <param name="pack">The exercise: what is graded and the hidden tests.</param>
    /// <param name="limits">The limits submissions run under.</param>
    /// <param name="pool">The workers to use (batch grading); without one, each submission gets a fresh worker.</param>
    /// <param name="compilers">Compile children with <paramref name="limits"/>' compile limits (e.g. <see cref="CompilerPool.StartedAhead"/>'s), or null.</param>
    public SubmissionGrader(ExercisePack pack, GradingLimits limits, WorkerPool? pool, CompilerPool? compilers)
        : this(pack, limits, pool, compilers, enforceApiPolicy: true)
    {
    }

    /// <summary>
    /// A grader that takes its compile children from <paramref name="compilers"/>, shared with
    /// other graders and left running when this one is disposed (a test run's graders share one
    /// pool: each new child compiles Roslyn just in time, seconds of CPU); with null, a pool of
    /// its own. A compile child is pack-agnostic: it knows only the limits. Tests of the
    /// operating-system sandbox switch the allowlist off (<paramref name="enforceApiPolicy"/>) to reach it.
    /// </summary>
    internal SubmissionGrader(ExercisePack pack, GradingLimits limits, WorkerPool? pool, CompilerPool? compilers, bool enforceApiPolicy)
    {
        ArgumentNullException.ThrowIfNull(pack);
        ArgumentNullException.ThrowIfNull(limits);
        if (compilers is not null && !compilers.Limits.CompileAlike(limits))
        {
            throw new ArgumentException("the shared compile children must have this grader's compile limits", nameof(compilers));
        }

        _pack = pack;
        _enforceApiPolicy = enforceApiPolicy;
        _limits = limits;
        _pool = pool;
        _locator = new SubmissionLocator(pack.Manifest.SubmissionFile);
        _ownsCompilers = compilers is null;
        _compilers = compilers ?? new CompilerPool(new CompilerLauncher(_limits));
    }

    /// <summary>The exercise this grader grades.</summary>
    public ExercisePack Pack => _pack;

    /// <summary>Stops the idle compile children, unless they are shared.</summary>
    public void Dispose()
    {
        if (_ownsCompilers)
        {
            _compilers.Dispose();
        }
    }

    /// <summary>Grades the submission at <paramref name="path"/> (a .cs file or a folder holding one).</summary>
    /// <param name="path">What the student handed in.</param>
    /// <returns>The result, gradable or not.</returns>
    public GradingResult Grade(string path)
    {
        var clock = Stopwatch.StartNew();
        var cpu = StageCosts.Current?.Start(CpuStage.Locate);
        GradingWorkers? workers = null;
        WorkerProcess? compiler = null;
        try
        {
            var source = _locator.Locate(path);
            if (NestingCheck.DeepestNesting(source.Text) is var depth and > NestingCheck.MaxDepth)
            {
                throw new NotGradableException($"{source.FileName} nests brackets {depth} levels deep (at most {NestingCheck.MaxDepth} are accepted). Submit your own, readable {_locator.ExpectedFileName}.");
            }

            // Once there is something to compile (a missing, misnamed or unreadable submission
            // starts no process; reading the file first costs a millisecond): the worker, when a
            // fresh one is needed, starts on another core while Roslyn compiles, the slowest
            // stage; a fresh compile child loads Roslyn meanwhile.
            workers = _pool?.ForGrading() ?? FreshWorkers.ForGrading(new WorkerLauncher(_limits));
            compiler = _compilers.Take();
            Stage("locate", clock);

            cpu?.Switch(CpuStage.Compile);
            var compiled = CompileWithinLimit(source, Interlocked.Exchange(ref compiler, null)!);
            Stage("compile", clock);
            cpu?.Switch(CpuStage.HiddenTests);
            using var submission = new IsolatedSubmission(compiled, workers);
            var tests = _pack.Tests.Run(submission);
            Stage("run hidden tests", clock);
            cpu?.Switch(CpuStage.ReleaseWorker);
            submission.Dispose();
            return new GradingResult(true, Summary(tests), tests, submission.ConsoleOutput, clock.Elapsed.TotalSeconds);
        }
        catch (NotGradableException notGradable)
        {
            return GradingResult.NotGradable(notGradable.Message, _pack.MaxScore, clock.Elapsed.TotalSeconds);
        }
        finally
        {
            if (compiler is not null)
            {
                _compilers.Return(compiler, clean: true);
            }

            workers?.Dispose();
            cpu?.Stop();
        }
    }

    /// <summary>With GRADER_TIMINGS=1, each stage's end time goes to stderr (for tuning; never into results); a batch gives its CPU time instead (<see cref="StageCosts"/>).</summary>
    private static void Stage(string name, Stopwatch clock)
    {
        if (StageCosts.Current is null && Environment.GetEnvironmentVariable(StageCosts.Variable) == "1")
        {
            Console.Error.WriteLine($"grader: {name,-18} done at {clock.Elapsed.TotalMilliseconds,7:0} ms");
        }
    }

    /// <summary>
    /// Compiles in <paramref name="child"/> (a <see cref="CompileServer"/>), which is killed with
    /// everything it started when the compile limit passes; out of memory there is the
    /// submission's doing, not a grader fault.
    /// </summary>
    private CompiledSubmission CompileWithinLimit(SubmissionSource source, WorkerProcess child)
    {
        var clean = false;
        try
        {
            var response = child.Compile(new CompileRequest(source.FileName, source.Text, _pack.Graded, _enforceApiPolicy, _limits.Compile), s_compilerStartLimit, out var timedOut);
            if (timedOut)
            {
                throw new NotGradableException(TookTooLong(source));
            }

            if (response is null)
            {
                throw Died(source, child);
            }

            child.Submissions++;
            clean = response.Status is CompileStatus.Compiled or CompileStatus.TooDeep;
            return response.Status switch
            {
                CompileStatus.Compiled => ToCompiled(response),
                CompileStatus.TooDeep => throw new NotGradableException($"{source.FileName} is nested too deeply to compile. Submit your own, readable {_locator.ExpectedFileName}."),
                CompileStatus.OutOfMemory => throw new NotGradableException(UsedTooMuchMemory(source)),
                _ => throw new InvalidOperationException($"the compiler failed: {response.Failure}"),
            };
        }
        finally
        {
            _compilers.Return(child, clean);
        }
    }

    /// <summary>Why a compile child ended without an answer: the submission's doing when it ran out of memory or CPU time, else a grader fault.</summary>
    private Exception Died(SubmissionSource source, WorkerProcess child)
    {
        var code = child.ExitCode(TimeSpan.FromSeconds(2));
        var output = child.CapturedOutput();
        if (code == 137 || output.Contains("OutOfMemory", StringComparison.Ordinal) || output.Contains("out of memory", StringComparison.OrdinalIgnoreCase))
        {
            return new NotGradableException(UsedTooMuchMemory(source));
        }

        return code is 128 + 24 or CompileServer.ExitOverdue
            ? new NotGradableException(TookTooLong(source))
            : new InvalidOperationException($"the compile process ended without an answer (exit code {code}): {output}");
    }

    private static CompiledSubmission ToCompiled(CompileResponse response)
    {
        var methods = new Dictionary<string, MethodAvailability>();
        foreach (var (method, problem) in response.Methods)
        {
            methods.TryAdd(method, problem is null ? MethodAvailability.Callable : new MethodAvailability(problem));
        }

        return new CompiledSubmission(response.Assembly, response.TypeName, methods);
    }

    private string TookTooLong(SubmissionSource source) =>
        $"compiling {source.FileName} took longer than {_limits.Compile.TotalSeconds:0} s. Is there deeply nested or generated code in it? Submit your own, readable {_locator.ExpectedFileName}.";

    private string UsedTooMuchMemory(SubmissionSource source) =>
        $"compiling {source.FileName} used more than {_limits.CompilerHeapBytes / (1024 * 1024)} MB: is there a huge constant or generated code in it? Submit your own, readable {_locator.ExpectedFileName}.";

    private static string Summary(IReadOnlyList<TestResult> tests)
    {
        var result = new GradingResult(true, string.Empty, tests, string.Empty, 0);
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"Score: {GradingResult.Points(result.Score)} / {GradingResult.Points(result.MaxScore)}\n");
        foreach (var (method, score, max) in result.ByMethod)
        {
            var note = score == max ? "all checks passed" : $"{tests.Count(t => t.Method == method && !t.Passed)} check(s) failed";
            text.Append(CultureInfo.InvariantCulture, $"  {method,-28} {GradingResult.Points(score),5} / {GradingResult.Points(max)}   {note}\n");
        }

        return text.ToString().TrimEnd();
    }
}
