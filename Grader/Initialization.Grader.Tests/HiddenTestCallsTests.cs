using Initialization.Grader.Exercise;
using Initialization.Grader.HiddenTests;

namespace Initialization.Grader.Tests;

/// <summary>
/// Which calls the kit's hidden tests make: the tests that judge a call's result, its argument
/// afterwards and its training judge the submission's first call with those sizes, made once;
/// only the repeated-calls test calls again.
/// </summary>
public class HiddenTestCallsTests
{
    [Test]
    public void CourseNetwork_IsCalledOnceForTheTestsThatReadItAndAgainOnlyToSeeStateKept()
    {
        var submission = new CountingSubmission(new InProcessSubmission(typeof(Initializers)), firstCallsOnly: false);

        var results = TestPacks.Initialization.Tests.Run(submission);

        Assert.Multiple(() =>
        {
            Assert.That(results.Where(r => !r.Passed).Select(r => r.Name), Is.Empty);
            foreach (var method in TestPacks.Initialization.MethodNames)
            {
                // The first call (its values, its argument, He's training) and the repeated-calls test's second call.
                Assert.That(submission.Calls($"{method}(2,10,5,1)"), Is.EqualTo(2), method);
                Assert.That(submission.Calls($"{method}(784,128,10)"), Is.EqualTo(1), method);
            }
        });
    }

    [Test]
    public void StateKeptBetweenCalls_FailsOnlyTheRepeatedCallsTest()
    {
        // Right the first time, wrong from then on: as a generator kept in a static field behaves.
        var submission = new CountingSubmission(new InProcessSubmission(typeof(Initializers)), firstCallsOnly: true);

        var failed = TestPacks.Initialization.Tests.Run(submission).Where(r => !r.Passed).ToList();

        Assert.That(failed.Select(r => r.Check).Distinct(), Is.EqualTo(new[] { "RepeatedCalls_GiveTheSameResult" }));
        Assert.That(failed.Select(r => r.Method), Is.EquivalentTo(TestPacks.Initialization.MethodNames));
    }

    /// <summary>Counts the calls by method and sizes; with <c>firstCallsOnly</c>, every later call with the same sizes returns W1 plus one.</summary>
    private sealed class CountingSubmission(ISubmission inner, bool firstCallsOnly) : ISubmission
    {
        private readonly Dictionary<string, int> _calls = new(StringComparer.Ordinal);

        public int Calls(string key) => _calls.GetValueOrDefault(key);

        public CallOutcome Call(string method, params object?[] arguments)
        {
            var key = $"{method}({string.Join(",", (int[])arguments[0]!)})";
            var count = _calls[key] = Calls(key) + 1;
            var outcome = inner.Call(method, arguments);
            if (!firstCallsOnly || count == 1 || outcome.Value is not Dictionary<string, object?> parameters)
            {
                return outcome;
            }

            var changed = new Dictionary<string, object?>(parameters);
            changed["W1"] = (Initialization.Shared.Matrix)parameters["W1"]! + 1;
            return outcome with { Value = changed };
        }
    }
}
