using System.Collections.Concurrent;
using System.Globalization;
using Initialization.Grader.Exercise;
using Initialization.Grader.Protocol;
using NUnit.Framework.Api;
using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;

namespace Initialization.Grader.Pipeline;

/// <summary>
/// Stage 4: runs an exercise pack's hidden NUnit tests in this process (NUnit's own runner, no
/// test host) against a submission. Each test's method and item are its NUnit properties
/// (<see cref="GradesAttribute"/>, <see cref="ItemAttribute"/>); its points and visibility are the
/// course's (<see cref="CourseConfiguration"/>, keyed by the method and the test's name).
/// </summary>
public sealed class HiddenTestRunner
{
    /// <summary>Runners with the test tree already built: loading it costs more than a run, and a runner serves one run at a time.</summary>
    private readonly ConcurrentBag<NUnitTestAssemblyRunner> _idleRunners = [];
    private readonly ExercisePack _pack;
    private readonly IReadOnlyList<TestResult> _rubric;

    /// <summary>Each graded method's place in the manifest, which orders results (unknown methods last).</summary>
    private readonly Dictionary<string, int> _methodOrder;

    /// <summary>Loads the pack's tests and checks their rubric against its manifest and its course configuration.</summary>
    /// <param name="pack">The exercise pack.</param>
    /// <exception cref="ExercisePackException">The tests, the manifest and the course configuration disagree.</exception>
    public HiddenTestRunner(ExercisePack pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        _pack = pack;
        _methodOrder = pack.MethodNames.Select((name, index) => (name, index)).ToDictionary(m => m.name, m => m.index);
        _rubric = WithRunner(runner => InRubricOrder(Tests(runner.LoadedTest!).Select(t => ToResult(new TestCaseResult((TestMethod)t)))));
        CheckRubric();
    }

    /// <summary>The rubric: every hidden test's method, item, name and points, without running anything.</summary>
    public IReadOnlyList<TestResult> Rubric => _rubric;

    /// <summary>Runs every hidden test against <paramref name="submission"/>.</summary>
    /// <param name="submission">The subject; its calls never throw for student faults.</param>
    /// <returns>One result per test, in rubric order (method, then item).</returns>
    public IReadOnlyList<TestResult> Run(ISubmission submission)
    {
        // The subject flows with this run only, so several runs may proceed at once (batch grading).
        // NUnit runs the tests on a thread of its own (no test workers), whose CPU time a batch's
        // accounting takes from the run's start and end there.
        var recording = new RecordingSubmission(submission);
        using var subject = SubmissionUnderTest.Use(recording);
        var listener = StageCosts.Current is { } costs ? new CpuTimeListener(costs) : TestListener.NULL;
        var results = WithRunner(runner => InRubricOrder(Leaves(runner.Run(listener, TestFilter.Empty)).Select(ToResult)));
        return [.. RepeatedFailures.Condense(results, recording.Failures, CaseName).Select(r => r with { Feedback = TextBounds.Truncate(r.Feedback, GradingLimits.MaxFeedbackChars)! })];
    }

    /// <summary>A test's name as the student reads it: its description, without the method's name in front.</summary>
    private static string CaseName(TestResult result) =>
        result.Name.StartsWith(result.Method + ": ", StringComparison.Ordinal) ? result.Name[(result.Method.Length + 2)..] : result.Name;

    /// <summary>Lends <paramref name="use"/> an idle runner, loading one when none is idle.</summary>
    private T WithRunner<T>(Func<NUnitTestAssemblyRunner, T> use)
    {
        if (!_idleRunners.TryTake(out var runner))
        {
            runner = new NUnitTestAssemblyRunner(new DefaultTestAssemblyBuilder());
            // SynchronousEvents: the listener hears each test on the thread that runs it, with no thread of NUnit's to pump the events.
            runner.Load(_pack.TestsAssembly, new Dictionary<string, object> { ["NumberOfTestWorkers"] = 0, ["SynchronousEvents"] = true });
        }

        try
        {
            return use(runner);
        }
        finally
        {
            _idleRunners.Add(runner);
        }
    }

    /// <summary>Every test grades a manifest method and has its points in the course file, and every check the course file names is a test.</summary>
    private void CheckRubric()
    {
        var problems = new List<string>();
        var course = _pack.Course;
        var file = CourseConfiguration.FileName;
        if (_rubric.Count == 0)
        {
            problems.Add($"{_pack.Manifest.TestsAssembly} holds no tests");
        }

        foreach (var stray in _rubric.Where(t => !_pack.MethodNames.Contains(t.Method)).Select(t => t.Name).Distinct())
        {
            problems.Add($"the test '{stray}' grades no method of the manifest (mark its fixture with [Grades(\"MethodName\")])");
        }

        foreach (var unpriced in _rubric.Where(t => _pack.MethodNames.Contains(t.Method) && course.CheckPoints(t.Method, t.Check) is null))
        {
            problems.Add($"{file} gives no points to the check {unpriced.Method} › {unpriced.Check} (\"{CaseName(unpriced)}\"): add \"{unpriced.Check}\": POINTS under \"points\" › \"{unpriced.Method}\"");
        }

        // CourseConfiguration.Load has refused null sections.
        var named = course.Points.SelectMany(m => m.Value.Keys.Select(c => (Method: m.Key, Check: c, Section: "points")))
            .Concat(course.Gradescope.CheckVisibility.SelectMany(m => m.Value.Keys.Select(c => (Method: m.Key, Check: c, Section: "gradescope › check_visibility"))));
        foreach (var (method, check, section) in named.Where(n => !_rubric.Any(t => t.Method == n.Method && t.Check == n.Check)))
        {
            var checks = _rubric.Where(t => t.Method == method).Select(t => t.Check).ToList();
            problems.Add(checks.Count == 0
                ? $"{file}'s \"{section}\" names the method {method}, which no hidden test grades"
                : $"{file}'s \"{section}\" names the check {method} › {check}, which is not a hidden test of {method}: its checks are {string.Join(", ", checks)}");
        }

        if (problems.Count > 0)
        {
            throw new ExercisePackException($"the exercise pack in {_pack.Folder} does not agree with its tests:\n  {string.Join("\n  ", problems)}");
        }
    }

    private List<TestResult> InRubricOrder(IEnumerable<TestResult> results) =>
        [.. results.OrderBy(r => _methodOrder.GetValueOrDefault(r.Method, int.MaxValue)).ThenBy(r => r.Item)];
    private static IEnumerable<ITest> Tests(ITest test) =>
        test.HasChildren ? test.Tests.SelectMany(Tests) : [test];

    private static IEnumerable<ITestResult> Leaves(ITestResult result) =>
        result.HasChildren ? result.Children.SelectMany(Leaves) : [result];

    private TestResult ToResult(ITestResult result)
    {
        var method = Property(result.Test, GradesAttribute.PropertyName) ?? "unknown";
        var check = result.Test.Name;
        var item = int.Parse(Property(result.Test, ItemAttribute.PropertyName) ?? "0", CultureInfo.InvariantCulture);
        var points = _pack.Course.CheckPoints(method, check) ?? 0;
        var description = Property(result.Test, PropertyNames.Description) ?? result.Test.Name;
        var passed = result.ResultState.Status == TestStatus.Passed;
        var feedback = result.ResultState switch
        {
            { Status: TestStatus.Passed } => string.Empty,
            { Status: TestStatus.Failed, Site: FailureSite.Test } when result.ResultState != ResultState.Error => result.Message.Trim(),
            _ => $"The grader could not complete this check ({FirstLine(result.Message).Trim()}). {GradingResult.NotYourFault}",
        };
        // Cut to its bound after RepeatedFailures has said each failure once (Run).
        return new TestResult(method, item, $"{method}: {description}", passed ? points : 0, points, passed, feedback)
        {
            Check = check,
            Visibility = _pack.Course.CheckVisibility(method, check),
        };
    }

    private static string FirstLine(string? text) => (text ?? string.Empty).Split('\n')[0];

    private static string? Property(ITest? test, string name)
    {
        for (; test is not null; test = test.Parent)
        {
            if (test.Properties.ContainsKey(name))
            {
                return test.Properties.Get(name)?.ToString();
            }
        }

        return null;
    }

    /// <summary>Charges the CPU time of the thread NUnit runs the tests on to <see cref="CpuStage.HiddenTests"/> (GRADER_TIMINGS=1).</summary>
    private sealed class CpuTimeListener(StageCosts costs) : ITestListener
    {
        private StageCosts.StageClock? _clock;

        public void TestStarted(ITest test)
        {
            // The whole run starts with its top-level suite, on the thread that runs every test.
            if (test.Parent is null)
            {
                _clock = costs.Start(CpuStage.HiddenTests);
            }
        }

        public void TestFinished(ITestResult result)
        {
            if (result.Test.Parent is null)
            {
                _clock?.Stop();
            }
        }

        public void TestOutput(TestOutput output)
        {
        }

        public void SendMessage(TestMessage message)
        {
        }
    }
}
