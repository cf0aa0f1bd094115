using System.Collections.Concurrent;
using System.Globalization;
using Initialization.Grader.HiddenTests;
using Initialization.Grader.HiddenTests.Grading;
using Initialization.Grader.HiddenTests.Subject;
using Initialization.Grader.Protocol;
using Initialization.Grader.Reporting;
using NUnit.Framework.Api;
using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;

namespace Initialization.Grader.Pipeline;

/// <summary>
/// Stage 4: runs the hidden NUnit tests in this process (NUnit's own runner, no test host)
/// against a submission, and reads each test's points, method and item from its NUnit properties.
/// </summary>
public static class HiddenTestRunner
{
    /// <summary>Runners with the test tree already built: loading it costs more than a run, and a runner serves one run at a time.</summary>
    private static readonly ConcurrentBag<NUnitTestAssemblyRunner> s_idleRunners = [];

    /// <summary>Runs every hidden test against <paramref name="submission"/>.</summary>
    /// <param name="submission">The subject; its calls never throw for student faults.</param>
    /// <returns>One result per test, in rubric order (method, then item).</returns>
    public static IReadOnlyList<TestResult> Run(ISubmission submission)
    {
        // The subject flows with this run only, so several runs may proceed at once (batch grading);
        // NUnit runs the tests on the calling thread (no test workers).
        using var subject = SubmissionUnderTest.Use(submission);
        return WithRunner(runner => InRubricOrder(Leaves(runner.Run(TestListener.NULL, TestFilter.Empty)).Select(ToResult)));
    }

    /// <summary>The rubric: every hidden test's method, item, name and points, without running anything.</summary>
    /// <returns>The tests in rubric order, each with a score of 0.</returns>
    public static IReadOnlyList<TestResult> Rubric() =>
        WithRunner(runner => InRubricOrder(Tests(runner.LoadedTest!).Select(t => ToResult(new TestCaseResult((TestMethod)t)))));

    /// <summary>Lends <paramref name="use"/> an idle runner, loading one when none is idle.</summary>
    private static T WithRunner<T>(Func<NUnitTestAssemblyRunner, T> use)
    {
        if (!s_idleRunners.TryTake(out var runner))
        {
            runner = new NUnitTestAssemblyRunner(new DefaultTestAssemblyBuilder());
            runner.Load(typeof(InitializerTests).Assembly, new Dictionary<string, object> { ["NumberOfTestWorkers"] = 0 });
        }

        try
        {
            return use(runner);
        }
        finally
        {
            s_idleRunners.Add(runner);
        }
    }

    private static List<TestResult> InRubricOrder(IEnumerable<TestResult> results) =>
        [.. results.OrderBy(r => GradedMethods.All.ToList().IndexOf(r.Method)).ThenBy(r => r.Item)];

    private static IEnumerable<ITest> Tests(ITest test) =>
        test.HasChildren ? test.Tests.SelectMany(Tests) : [test];

    private static IEnumerable<ITestResult> Leaves(ITestResult result) =>
        result.HasChildren ? result.Children.SelectMany(Leaves) : [result];

    private static TestResult ToResult(ITestResult result)
    {
        var method = Property(result.Test, GradesAttribute.PropertyName) ?? "unknown";
        var item = int.Parse(Property(result.Test, ItemAttribute.PropertyName) ?? "0", CultureInfo.InvariantCulture);
        var points = double.Parse(Property(result.Test, PointsAttribute.PropertyName) ?? "0", CultureInfo.InvariantCulture);
        var description = Property(result.Test, PropertyNames.Description) ?? result.Test.Name;
        var passed = result.ResultState.Status == TestStatus.Passed;
        var feedback = result.ResultState switch
        {
            { Status: TestStatus.Passed } => string.Empty,
            { Status: TestStatus.Failed, Site: FailureSite.Test } when result.ResultState != ResultState.Error => result.Message.Trim(),
            _ => $"The grader could not complete this check ({ReportText.FirstLine(result.Message).Trim()}). This is not your fault: please tell your instructor.",
        };
        return new TestResult(method, item, $"{method}: {description}", passed ? points : 0, points, passed, TextBounds.Truncate(feedback, GradingLimits.MaxFeedbackChars)!);
    }

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
}
