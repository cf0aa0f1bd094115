using Initialization.Grader.Pipeline;

namespace Initialization.Grader.Tests;

/// <summary>Grading results of every kind, built from the real rubric without grading anything (fast).</summary>
internal static class SampleResults
{
    /// <summary>Feedback with everything a format must escape: quotes, line breaks, tabs, backslashes, markup, CSV separators, non-ASCII, an emoji and a control character.</summary>
    public const string HostileFeedback = "W2 is \"wrong\", says the grader:\r\n\t<W2> & 'b2' \\ 10% ; a,b\nnaïve café 中文 😀 \u0001 end";

    /// <summary>Every hidden test passed: 10 / 10.</summary>
    public static GradingResult AllPassed() => Graded(_ => true, _ => string.Empty);

    /// <summary>The first test of each method failed with <see cref="HostileFeedback"/>; the student's code printed something hostile too.</summary>
    public static GradingResult SomeFailed() =>
        Graded(t => t.Item != 1, _ => HostileFeedback) with { StudentOutput = "printed: \"quoted\" <tag> &amp; \u0007 bell, ünïcödé\n" };

    /// <summary>Nothing to grade: no submission found.</summary>
    public static GradingResult NotGradable() =>
        GradingResult.NotGradable("there is no file or folder at /no/such/submission. Submit your Initializers.cs.", TestPacks.Initialization.MaxScore, 0.012);

    /// <summary>The grader itself failed.</summary>
    public static GradingResult GraderFault() =>
        GradingResult.GraderFailure(new InvalidOperationException("the worker \"vanished\"\nunexpectedly")) with { MaxScore = 10 };

    /// <summary>All four kinds, named.</summary>
    public static IEnumerable<(string Name, GradingResult Result)> All()
    {
        yield return ("all passed", AllPassed());
        yield return ("some failed, hostile text", SomeFailed());
        yield return ("not gradable", NotGradable());
        yield return ("grader fault", GraderFault());
    }

    /// <summary>Every registered format with every kind of result it writes (a fault only where the format can carry one), for parameterized tests: (format name, result).</summary>
    public static IEnumerable<TestCaseData> ForEveryFormat() =>
        from format in Reporting.ResultFormats.All
        from sample in All()
        where format.CanReportFaults || !sample.Result.GraderFault
        select new TestCaseData(format.Name, sample.Result).SetArgDisplayNames(format.Name, sample.Name);

    private static GradingResult Graded(Func<TestResult, bool> passes, Func<TestResult, string> feedback)
    {
        var tests = TestPacks.Initialization.Tests.Rubric
            .Select(t => passes(t) ? t with { Score = t.MaxScore, Passed = true } : t with { Score = 0, Passed = false, Feedback = feedback(t) })
            .ToList();
        return new GradingResult(true, "Score: see the tests", tests, string.Empty, 1.234);
    }
}
