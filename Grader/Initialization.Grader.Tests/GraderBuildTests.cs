namespace Initialization.Grader.Tests;

/// <summary>
/// grade.sh's two builds of the grader: the first grading of a submission builds the quick one
/// and starts the optimized one in the background; batch, packaging, <c>--build</c> and
/// <c>GRADER_BUILD=optimized</c> wait for the optimized one; with <c>GRADER_BUILD=quick</c> every
/// command uses the quick one. A stand-in <c>dotnet</c> makes each
/// build instant and its grader say which build it is, so these tests take seconds.
/// </summary>
[NonParallelizable]
[Category(TestCategories.EndToEnd)]
public class GraderBuildTests
{
    [Test]
    public void TheFirstGrading_UsesTheQuickBuild_AndLaterGradingsTheOptimizedOne()
    {
        using var cache = new TemporaryFolder();

        var first = GradeWithStandInDotnet(cache, [RepositoryPaths.Solution]);
        var optimizedReady = WaitFor(() => File.Exists(Path.Combine(cache.Path, "build", ".inputs")));
        var second = GradeWithStandInDotnet(cache, [RepositoryPaths.Solution]);

        Assert.Multiple(() =>
        {
            Assert.That(first.ExitCode, Is.Zero, first.ToString());
            Assert.That(first.Stdout, Does.Contain("graded by the quick build"));
            Assert.That(first.Stderr, Does.Contain("being built in the background"), "the first grading says what happens next");
            Assert.That(optimizedReady, Is.True, "the optimized build finished in the background");
            Assert.That(second.Stdout, Does.Contain("graded by the optimized build"), second.ToString());
            Assert.That(second.Stderr, Does.Not.Contain("building"), "nothing left to build");
        });
    }

    [Test]
    public void GraderBuildQuick_NeverStartsTheOptimizedBuild()
    {
        using var cache = new TemporaryFolder();

        var run = GradeWithStandInDotnet(cache, [RepositoryPaths.Solution], ("GRADER_BUILD", "quick"));
        var started = WaitFor(() => Directory.Exists(Path.Combine(cache.Path, "build")), TimeSpan.FromSeconds(3));

        Assert.Multiple(() =>
        {
            Assert.That(run.Stdout, Does.Contain("graded by the quick build"), run.ToString());
            Assert.That(run.Stderr, Does.Not.Contain("background"));
            Assert.That(started, Is.False, "no optimized build was started");
        });
    }

    [Test]
    public void ABatch_WaitsForTheOptimizedBuild_ButWithGraderBuildQuick_GradesWithTheQuickOne()
    {
        using var cache = new TemporaryFolder();
        using var quickCache = new TemporaryFolder();

        var optimized = GradeWithStandInDotnet(cache, ["--batch", "class", "--out", "graded"]);
        var quick = GradeWithStandInDotnet(quickCache, ["--batch", "class", "--out", "graded"], ("GRADER_BUILD", "quick"));

        Assert.Multiple(() =>
        {
            Assert.That(optimized.Stdout, Does.Contain($"grading with {Path.Combine(cache.Path, "build")}"), optimized.ToString());
            Assert.That(quick.Stdout, Does.Contain($"grading with {Path.Combine(quickCache.Path, "quick")}"), quick.ToString());
            Assert.That(Directory.Exists(Path.Combine(quickCache.Path, "build")), Is.False, "no optimized build was made");
        });
    }

    [Test]
    public void APackage_CarriesTheOptimizedGrader_ButWithGraderBuildQuick_TheQuickOne_AndSaysSo()
    {
        using var cache = new TemporaryFolder();
        using var quickCache = new TemporaryFolder();

        var optimized = GradeWithStandInDotnet(cache, ["--gradescope-bundle", "autograder.zip"]);
        var quick = GradeWithStandInDotnet(quickCache, ["--gradescope-bundle", "autograder.zip"], ("GRADER_BUILD", "quick"));

        Assert.Multiple(() =>
        {
            Assert.That(optimized.Stdout, Does.Contain($"grading with {Path.Combine(cache.Path, "build")}"), optimized.ToString());
            Assert.That(optimized.Stderr, Does.Not.Contain("quick"));
            Assert.That(quick.Stdout, Does.Contain($"grading with {Path.Combine(quickCache.Path, "quick")}"), quick.ToString());
            Assert.That(quick.Stderr, Does.Contain("carries the quick grader"));
            Assert.That(Directory.Exists(Path.Combine(quickCache.Path, "build")), Is.False, "no optimized build was made");
        });
    }

    [Test]
    public void GraderBuildOptimized_WaitsForTheOptimizedBuild_AndBuildsNoQuickOne()
    {
        using var cache = new TemporaryFolder();

        var run = GradeWithStandInDotnet(cache, [RepositoryPaths.Solution], ("GRADER_BUILD", "optimized"));

        Assert.Multiple(() =>
        {
            Assert.That(run.Stdout, Does.Contain("graded by the optimized build"), run.ToString());
            Assert.That(Directory.Exists(Path.Combine(cache.Path, "quick")), Is.False);
        });
    }

    [Test]
    public void BuildOption_BuildsTheOptimizedGrader_AndGradesNothing()
    {
        using var cache = new TemporaryFolder();

        var run = GradeWithStandInDotnet(cache, ["--build"]);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Zero, run.ToString());
            Assert.That(run.Stdout, Is.Empty);
            Assert.That(run.Stderr, Does.Contain("the optimized grader is ready"));
            Assert.That(File.Exists(Path.Combine(cache.Path, "build", ".inputs")), Is.True);
        });
    }

    [Test]
    public void AFailedOptimizedBuild_IsNotStartedAgainAtEveryGrading_AndGradingGoesOn()
    {
        using var cache = new TemporaryFolder();

        var first = GradeWithStandInDotnet(cache, [RepositoryPaths.Solution], ("STAND_IN_FAIL_OPTIMIZED", "1"));
        var recorded = WaitFor(() => File.Exists(Path.Combine(cache.Path, "optimized.failed")));
        var second = GradeWithStandInDotnet(cache, [RepositoryPaths.Solution], ("STAND_IN_FAIL_OPTIMIZED", "1"));

        Assert.Multiple(() =>
        {
            Assert.That(first.Stdout, Does.Contain("graded by the quick build"), first.ToString());
            Assert.That(recorded, Is.True, "the failure is recorded for these inputs");
            Assert.That(second.ExitCode, Is.Zero, second.ToString());
            Assert.That(second.Stdout, Does.Contain("graded by the quick build"));
            Assert.That(second.Stderr, Does.Contain("failed to build").And.Contain("optimized-build.log").And.Contain("./grade.sh --build"));
            Assert.That(second.Stderr, Does.Not.Contain("being built in the background"));
        });
    }

    [Test]
    public void AnUnknownGraderBuild_IsAUsageError_ThatNamesTheChoices()
    {
        using var cache = new TemporaryFolder();

        var run = GradeWithStandInDotnet(cache, [RepositoryPaths.Solution], ("GRADER_BUILD", "fast"));

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(2));
            Assert.That(run.Stderr, Does.Contain("GRADER_BUILD=fast").And.Contain("optimized").And.Contain("quick"));
        });
    }

    /// <summary>
    /// Runs grade.sh with <paramref name="arguments"/>, its cache in <paramref name="cache"/> and a
    /// stand-in dotnet first on PATH: publishing writes a grader that prints which build it is,
    /// building the pack makes its folder, the instructor tool says which grader it grades with,
    /// and STAND_IN_FAIL_OPTIMIZED=1 makes the optimized publish fail.
    /// </summary>
    private static ProcessRun.Outcome GradeWithStandInDotnet(TemporaryFolder cache, string[] arguments, params (string Name, string Value)[] variables)
    {
        var tools = Path.Combine(cache.Path, "stand-in");
        Directory.CreateDirectory(tools);
        var dotnet = Path.Combine(tools, "dotnet");
        File.WriteAllText(dotnet, StandInDotnet);
        File.SetUnixFileMode(dotnet, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        var environment = new Dictionary<string, string?>
        {
            ["PATH"] = $"{tools}:{Environment.GetEnvironmentVariable("PATH")}",
            ["GRADER_CACHE"] = cache.Path,
            ["GRADER_BUILD"] = null,
        };
        foreach (var (name, value) in variables)
        {
            environment[name] = value;
        }

        return ProcessRun.Run(Path.Combine(RepositoryPaths.Root, "grade.sh"), arguments, TimeSpan.FromMinutes(1), environment: environment);
    }

    private static bool WaitFor(Func<bool> condition, TimeSpan? limit = null)
    {
        var deadline = DateTime.UtcNow + (limit ?? TimeSpan.FromSeconds(20));
        while (DateTime.UtcNow < deadline)
        {
            if (condition())
            {
                return true;
            }

            Thread.Sleep(100);
        }

        return condition();
    }

    private const string StandInDotnet = """
        #!/usr/bin/env bash
        # Stands in for the .NET SDK in grade.sh's build steps.
        if [ "$1" = --info ]; then echo " RID:         linux-x64"; exit 0; fi
        kind=quick out="" pack=""
        previous=""
        for arg in "$@"; do
            [ "$arg" = -p:GraderReadyToRun=true ] && kind=optimized
            [ "$previous" = -o ] && out="$arg"
            case "$arg" in -p:ExercisePackDir=*) pack="${arg#-p:ExercisePackDir=}" ;; esac
            previous="$arg"
        done
        case "$1" in *Instructor.dll) echo "the instructor tool, grading with $INITIALIZATION_GRADER_HOME"; exit 0 ;; esac
        if [ "$1" = publish ]; then
            [ "$kind" = optimized ] && [ "${STAND_IN_FAIL_OPTIMIZED:-}" = 1 ] && { echo "crossgen2 failed" >&2; exit 1; }
            mkdir -p "$out"
            printf '#!/bin/sh\necho "graded by the %s build"\n' "$kind" >"$out/Initialization.Grader"
            chmod +x "$out/Initialization.Grader"
        elif [ "$1" = build ]; then
            mkdir -p "$pack"
        fi
        """;
}
