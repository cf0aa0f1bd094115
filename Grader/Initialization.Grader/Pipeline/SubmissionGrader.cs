using System.Diagnostics;
using System.Globalization;
using System.Text;
using Initialization.Grader.Reporting;

namespace Initialization.Grader.Pipeline;

/// <summary>
/// The whole pipeline for one submission: locate → compile → run in isolation → compare (the
/// hidden tests) → result. Never throws for anything a submission does; a fault of the grader
/// itself escapes as an exception.
/// </summary>
public sealed class SubmissionGrader
{
    private const int CompilerStackBytes = 256 * 1024 * 1024;

    private readonly SubmissionCompiler _compiler;
    private readonly GradingLimits _limits;
    private readonly WorkerPool? _pool;

    /// <summary>A grader with the kit's API allowlist.</summary>
    /// <param name="references">What submissions compile against.</param>
    /// <param name="limits">The limits submissions run under.</param>
    public SubmissionGrader(CompileReferences references, GradingLimits limits)
        : this(references, limits, enforceApiPolicy: true)
    {
    }

    /// <summary>A grader whose submissions are run by workers from <paramref name="pool"/> (batch grading).</summary>
    /// <param name="references">What submissions compile against.</param>
    /// <param name="limits">The limits submissions run under.</param>
    /// <param name="pool">The workers to use; without one, each submission gets a fresh worker.</param>
    public SubmissionGrader(CompileReferences references, GradingLimits limits, WorkerPool? pool)
        : this(references, limits, enforceApiPolicy: true)
    {
        _pool = pool;
    }

    /// <summary>Tests of the operating-system sandbox switch the allowlist off to reach it.</summary>
    internal SubmissionGrader(CompileReferences references, GradingLimits limits, bool enforceApiPolicy)
    {
        _compiler = new SubmissionCompiler(references, enforceApiPolicy);
        _limits = limits;
    }

    /// <summary>Grades the submission at <paramref name="path"/> (a .cs file or a folder holding one).</summary>
    /// <param name="path">What the student handed in.</param>
    /// <returns>The result, gradable or not.</returns>
    public GradingResult Grade(string path)
    {
        var clock = Stopwatch.StartNew();
        FreshWorkers? fresh = null;
        try
        {
            var source = SubmissionLocator.Locate(path);
            if (NestingCheck.DeepestNesting(source.Text) is var depth and > NestingCheck.MaxDepth)
            {
                throw new NotGradableException($"{source.FileName} nests brackets {depth} levels deep (at most {NestingCheck.MaxDepth} are accepted). Submit your own, readable {SubmissionLocator.ExpectedFileName}.");
            }

            Stage("locate", clock);

            // Without a pool, the worker starts on another core while Roslyn compiles, the slowest stage.
            if (_pool is null)
            {
                var launcher = new WorkerLauncher(_limits);
                fresh = new FreshWorkers(launcher, Task.Run(launcher.Start));
            }

            var compiled = CompileWithinLimit(source);
            Stage("compile", clock);
            using var submission = new IsolatedSubmission(compiled, _pool ?? (IWorkerSource)fresh!);
            var tests = HiddenTestRunner.Run(submission);
            Stage("run hidden tests", clock);
            submission.Dispose();
            return new GradingResult(true, Summary(tests), tests, submission.ConsoleOutput, clock.Elapsed.TotalSeconds);
        }
        catch (NotGradableException notGradable)
        {
            return NotGradable(notGradable.Message, clock.Elapsed.TotalSeconds);
        }
        finally
        {
            fresh?.Dispose();
        }
    }

    /// <summary>With GRADER_TIMINGS=1, each stage's end time goes to stderr (for tuning; never into results).</summary>
    private static void Stage(string name, Stopwatch clock)
    {
        if (Environment.GetEnvironmentVariable("GRADER_TIMINGS") == "1")
        {
            Console.Error.WriteLine($"grader: {name,-18} done at {clock.Elapsed.TotalMilliseconds,7:0} ms");
        }
    }

    /// <summary>The result for a submission that cannot be graded: 0 of the rubric's points.</summary>
    /// <param name="reason">Why, for the student.</param>
    /// <param name="seconds">Time spent.</param>
    /// <returns>A not-gradable result.</returns>
    public static GradingResult NotGradable(string reason, double seconds) =>
        new(false, GradescopeReport.NotGradablePrefix + reason, [], string.Empty, seconds) { MaxScore = HiddenTestRunner.Rubric().Sum(t => t.MaxScore) };

    /// <summary>Compiles on a thread with a large stack (deeply nested code) and a time limit.</summary>
    private CompiledSubmission CompileWithinLimit(SubmissionSource source)
    {
        using var cancellation = new CancellationTokenSource();
        CompiledSubmission? compiled = null;
        Exception? failure = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    compiled = _compiler.Compile(source, cancellation.Token);
                }
                catch (Exception exception)
                {
                    failure = exception;
                }
            },
            CompilerStackBytes)
        { IsBackground = true, Name = "compiler" };
        thread.Start();
        if (!thread.Join(_limits.Compile))
        {
            cancellation.Cancel();
            thread.Join(TimeSpan.FromSeconds(5));
            throw new NotGradableException($"compiling {source.FileName} took longer than {_limits.Compile.TotalSeconds:0} s. Is there deeply nested or generated code in it? Submit your own, readable {SubmissionLocator.ExpectedFileName}.");
        }

        return failure switch
        {
            null => compiled!,
            InsufficientExecutionStackException => throw new NotGradableException($"{source.FileName} is nested too deeply to compile. Submit your own, readable {SubmissionLocator.ExpectedFileName}."),
            _ => throw new InvalidOperationException("the compiler failed", failure),
        };
    }

    private static string Summary(IReadOnlyList<TestResult> tests)
    {
        var result = new GradingResult(true, string.Empty, tests, string.Empty, 0);
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"Score: {ReportText.Points(result.Score)} / {ReportText.Points(result.MaxScore)}\n");
        foreach (var (method, score, max) in result.ByMethod)
        {
            var note = score == max ? "all checks passed" : $"{tests.Count(t => t.Method == method && !t.Passed)} check(s) failed";
            text.Append(CultureInfo.InvariantCulture, $"  {method,-28} {ReportText.Points(score),5} / {ReportText.Points(max)}   {note}\n");
        }

        return text.ToString().TrimEnd();
    }
}
