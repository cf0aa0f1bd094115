// Fixtures run two at a time: most of this project's tests wait on child processes (compile
// children, sandboxed workers, grade.sh), so a second fixture uses the CPU the first leaves idle.
// A fixture that changes process-wide state, measures time or memory, or counts the test run's
// child processes is [NonParallelizable] and runs alone.
[assembly: Parallelizable(ParallelScope.Fixtures)]
[assembly: LevelOfParallelism(2)]

namespace Initialization.Grader.Tests;

/// <summary>The categories this project's fixtures carry.</summary>
internal static class TestCategories
{
    /// <summary>
    /// Fixtures that run the kit's programs end to end (grade.sh, the grader, the instructor tool,
    /// dotnet) as processes of their own, one fixture at a time. The root <c>dotnet test</c> gives
    /// them a test run of their own, beside the run of the others (Directory.Solution.targets):
    /// each run's "runs alone" fixtures then overlap with the other run's instead of leaving a
    /// core idle. Nothing crosses between the two runs: what a fixture counts (compile children,
    /// workers) is its own test process's, and these fixtures' programs stage their workers apart.
    /// </summary>
    public const string EndToEnd = "EndToEnd";

    /// <summary>
    /// Tests whose outcome can depend on the privileges the grader runs with: as root it drops
    /// the worker to "nobody"; as an ordinary user (GitHub Actions, a laptop) its workers share
    /// its own user id and the sandbox is built with user namespaces. The operating-system fence,
    /// the hostile corpus, the grader's bounds, student code from another exercise's pack, and
    /// submissions graded beside and after one another. CI runs them again as an ordinary user
    /// (tools/ci/test-as-ordinary-user.sh).
    /// </summary>
    public const string TrustBoundary = "TrustBoundary";
}
