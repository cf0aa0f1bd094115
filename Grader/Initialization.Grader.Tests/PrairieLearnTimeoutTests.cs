using System.Globalization;
using System.Text.RegularExpressions;

namespace Initialization.Grader.Tests;

/// <summary>
/// PrairieLearn kills a grading container at the question's timeout and shows a generic message:
/// the grader's own limits (the exercise pack's) must end first, then the entry point's bound, all
/// within the timeout the README's question configuration sets.
/// </summary>
public partial class PrairieLearnTimeoutTests
{
    [Test]
    public void GraderLimits_FitInTheEntryPointsBound_WhichFitsInTheQuestionsTimeout()
    {
        var limits = TestPacks.Initialization.Limits(Pipeline.GradingLimits.Default);
        // Starting the grader, the worker and the compile child, and writing the result: well under 15 s.
        var graderWorstCase = limits.Compile + limits.PerSubmission + TimeSpan.FromSeconds(15);
        var entryPoint = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "platforms", "prairielearn", "prairielearn-entrypoint"));
        var bound = TimeSpan.FromSeconds(int.Parse(EntryPointLimit().Match(entryPoint).Groups[1].Value, CultureInfo.InvariantCulture));
        var killAfter = TimeSpan.FromSeconds(int.Parse(KillAfter().Match(entryPoint).Groups[1].Value, CultureInfo.InvariantCulture));
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));
        var questionTimeout = TimeSpan.FromSeconds(int.Parse(QuestionTimeout().Match(readme).Groups[1].Value, CultureInfo.InvariantCulture));

        Assert.Multiple(() =>
        {
            Assert.That(graderWorstCase, Is.LessThanOrEqualTo(bound), "the grader's limits must end before the entry point's bound");
            Assert.That(bound + killAfter + TimeSpan.FromSeconds(5), Is.LessThanOrEqualTo(questionTimeout), "the entry point must write its result before PrairieLearn's timeout");
        });
    }

    [GeneratedRegex(@"limit_seconds=""\$\{GRADER_TIME_LIMIT_SECONDS:-(\d+)\}""")]
    private static partial Regex EntryPointLimit();

    [GeneratedRegex(@"timeout --kill-after=(\d+)")]
    private static partial Regex KillAfter();

    [GeneratedRegex(@"""timeout"": (\d+)")]
    private static partial Regex QuestionTimeout();
}
