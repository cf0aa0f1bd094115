using System.Diagnostics;
using Initialization.Grader.Corpus;
using Newtonsoft.Json.Linq;

namespace Initialization.Grader.Tests;

/// <summary>
/// grade.sh as instructors and platforms call it: built once from the sources (the first run
/// builds the ReadyToRun grader into .grader/), then run as a fresh process per submission.
/// </summary>
[NonParallelizable]
public class GradeScriptTests
{
    private static readonly TimeSpan s_buildLimit = TimeSpan.FromMinutes(10);

    [Test]
    public void Solution_ScoresFullMarks_ExitZero_JsonInTheOutFile()
    {
        using var folder = new TemporaryFolder();
        var outFile = Path.Combine(folder.Path, "nested", "results.json");

        var run = GradeScript.Run(RepositoryPaths.Solution, "--out", outFile);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Zero, run.Stderr);
            Assert.That((double)JObject.Parse(File.ReadAllText(outFile))["score"]!, Is.EqualTo(10.0));
            Assert.That(run.Stdout, Is.Empty, "with --out, nothing goes to stdout");
            Assert.That(run.Stderr, Does.Contain("Score: 10 / 10"), "the human summary on stderr");
        });
    }

    [Test]
    public void WithoutOut_StdoutIsOnlyTheJson_EvenWhenTheSubmissionPrints()
    {
        using var folder = new TemporaryFolder();
        var noisy = Path.Combine(folder.Path, "Initializers.cs");
        File.WriteAllText(noisy, HostileSubmission.All.Single(h => h.Id == "fake-results-json").Source());

        var run = GradeScript.Run(noisy);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Zero, run.Stderr);
            Assert.That((double)JObject.Parse(run.Stdout)["score"]!, Is.EqualTo(6.0));
        });
    }

    [Test]
    public void SameSubmission_GivesTheSameBytes_ButForExecutionTime()
    {
        var first = GradeScript.Run(RepositoryPaths.Starter);
        var second = GradeScript.Run(RepositoryPaths.Starter);

        Assert.That(WithoutExecutionTime(second.Stdout), Is.EqualTo(WithoutExecutionTime(first.Stdout)));
    }

    [TestCase("--out")]
    [TestCase("one", "two")]
    [TestCase("--unknown", "x")]
    public void UsageError_ExitsTwo_WithAUsageLine(params string[] arguments)
    {
        var run = GradeScript.Run(arguments);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(2));
            Assert.That(run.Stderr, Does.Contain("usage: ./grade.sh SUBMISSION"));
            Assert.That(run.Stdout, Is.Empty);
        });
    }

    [Test]
    public void NoArguments_IsAUsageError()
    {
        Assert.That(GradeScript.Run().ExitCode, Is.EqualTo(2));
    }

    [Test]
    public void MissingPath_IsNotGradable_ScoreZero_ExitZero()
    {
        var run = GradeScript.Run("/no/such/submission");
        var json = JObject.Parse(run.Stdout);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Zero);
            Assert.That((double)json["score"]!, Is.Zero);
            Assert.That((double)json["max_score"]!, Is.EqualTo(10.0));
            Assert.That((string)json["output"]!, Does.StartWith("Not gradable: there is no file or folder at"));
        });
    }

    private static string WithoutExecutionTime(string json)
    {
        var parsed = JObject.Parse(json);
        parsed.Remove("execution_time");
        return parsed.ToString();
    }

    /// <summary>Runs grade.sh and captures everything.</summary>
    private static class GradeScript
    {
        public static (int ExitCode, string Stdout, string Stderr) Run(params string[] arguments)
        {
            var start = new ProcessStartInfo(Path.Combine(RepositoryPaths.Root, "grade.sh"))
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(s_buildLimit))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"grade.sh {string.Join(' ', arguments)} did not finish within {s_buildLimit}");
            }

            return (process.ExitCode, stdout.Result, stderr.Result);
        }
    }
}
