namespace Initialization.Experiments.Tests;

public class RunnerCommandLineTests
{
    [Test]
    public void Parse_NoArguments_GivesTheCoursesSettingsAndPlotsInTheDefaultFolder()
    {
        var parsed = RunnerCommandLine.Parse([]);

        Assert.That(parsed.Errors, Is.Empty);
        Assert.That(parsed.Options, Is.EqualTo(new RunnerOptions
        {
            OutputDirectory = "out/plots",
            Iterations = 15000,
            LearningRate = 0.01,
            WritePlots = true,
            Json = false,
        }));
    }

    [Test]
    public void Parse_EveryOption_IsRead()
    {
        var parsed = RunnerCommandLine.Parse(["--out", "figures", "--iterations", "200", "--learning-rate", "0.5", "--no-plots"]);

        Assert.That(parsed.Errors, Is.Empty);
        Assert.That(parsed.Options, Is.EqualTo(new RunnerOptions
        {
            OutputDirectory = "figures",
            Iterations = 200,
            LearningRate = 0.5,
            WritePlots = false,
        }));
    }

    [Test]
    public void Parse_OptionWithEqualsSign_IsReadLikeASeparateValue()
    {
        var parsed = RunnerCommandLine.Parse(["--iterations=30"]);

        Assert.That(parsed.Options?.Iterations, Is.EqualTo(30));
    }

    [Test]
    public void Parse_Json_TurnsPlotsOff()
    {
        var parsed = RunnerCommandLine.Parse(["--json"]);

        Assert.That(parsed.Options, Is.Not.Null);
        Assert.That(parsed.Options!.Json, Is.True);
        Assert.That(parsed.Options.WritePlots, Is.False);
    }

    [TestCase("--help")]
    [TestCase("-h")]
    public void Parse_Help_AsksForTheUsage(string option)
    {
        var parsed = RunnerCommandLine.Parse([option]);

        Assert.That(parsed.HelpRequested, Is.True);
        Assert.That(parsed.Options, Is.Null);
    }

    [TestCase(new[] { "--iterations", "many" }, "--iterations expects a whole number of at least 1, like 15000, but got 'many'.")]
    [TestCase(new[] { "--iterations", "0" }, "--iterations expects a whole number of at least 1, like 15000, but got '0'.")]
    [TestCase(new[] { "--learning-rate", "-1" }, "--learning-rate expects a positive number, like 0.01, but got '-1'.")]
    [TestCase(new[] { "--learning-rate", "fast" }, "--learning-rate expects a positive number, like 0.01, but got 'fast'.")]
    public void Parse_BadNumber_SaysWhatIsExpected(string[] args, string error)
    {
        var parsed = RunnerCommandLine.Parse(args);

        Assert.That(parsed.Options, Is.Null);
        Assert.That(parsed.Errors, Does.Contain(error));
    }

    [Test]
    public void Parse_UnknownOption_IsAnError()
    {
        var parsed = RunnerCommandLine.Parse(["--plots-dir", "x"]);

        Assert.That(parsed.Options, Is.Null);
        Assert.That(parsed.Errors, Has.Some.Contains("--plots-dir"));
    }

    [Test]
    public void Parse_OptionWithoutItsValue_IsAnError()
    {
        var parsed = RunnerCommandLine.Parse(["--out"]);

        Assert.That(parsed.Options, Is.Null);
        Assert.That(parsed.Errors, Is.Not.Empty);
    }

    [Test]
    public void Usage_ListsEveryOption()
    {
        Assert.That(RunnerCommandLine.Usage, Does.Contain("--out").And.Contain("--iterations").And.Contain("--learning-rate")
            .And.Contain("--no-plots").And.Contain("--json").And.Contain("--eval").And.Contain("--repl").And.Contain("--help"));
    }

    [Test]
    public void Parse_NoScratchpadOption_AsksForNoScratchpad()
    {
        Assert.That(RunnerCommandLine.Parse([]).Scratchpad, Is.Null);
    }

    [Test]
    public void Parse_EvalRepeated_KeepsEachPieceOfCodeInOrderAndRunsNoExperiments()
    {
        var parsed = RunnerCommandLine.Parse(["--eval", "var p = InitializeParametersHe([2, 4, 1]);", "--eval", "p[\"W1\"]"]);

        Assert.That(parsed.Errors, Is.Empty);
        Assert.That(parsed.Options, Is.Null);
        Assert.That(parsed.Scratchpad?.Code, Is.EqualTo(new[] { "var p = InitializeParametersHe([2, 4, 1]);", "p[\"W1\"]" }));
        Assert.That(parsed.Scratchpad?.Interactive, Is.False);
    }

    [Test]
    public void Parse_Repl_AsksForTheInteractiveScratchpad()
    {
        var parsed = RunnerCommandLine.Parse(["--repl"]);

        Assert.That(parsed.Scratchpad?.Interactive, Is.True);
        Assert.That(parsed.Scratchpad?.Code, Is.Empty);
    }

    [Test]
    public void Parse_EvalCodeStartingWithAMinus_IsCode()
    {
        var parsed = RunnerCommandLine.Parse(["--eval", "-1 * 2"]);

        Assert.That(parsed.Scratchpad?.Code, Is.EqualTo(new[] { "-1 * 2" }));
    }

    [Test]
    public void Parse_EvalWithTwoPiecesOfCode_SaysTheSecondIsNotUnderstood()
    {
        var parsed = RunnerCommandLine.Parse(["--eval", "1", "2"]);

        Assert.That(parsed.Scratchpad, Is.Null);
        Assert.That(parsed.Errors, Has.Some.Contains("'2'"));
    }

    [Test]
    public void Parse_ScratchpadWithAnOptionOfTheExperiments_SaysTheyDoNotGoTogether()
    {
        var parsed = RunnerCommandLine.Parse(["--repl", "--iterations", "10", "--json"]);

        Assert.That(parsed.Scratchpad, Is.Null);
        Assert.That(parsed.Errors, Is.EqualTo(new[] { "--iterations, --json are options of the experiments, and --eval and --repl train nothing: run them separately." }));
    }

    [Test]
    public void Parse_Version_IsNotAnOptionOfTheRunner()
    {
        var parsed = RunnerCommandLine.Parse(["--version"]);

        Assert.That(parsed.Options, Is.Null);
        Assert.That(parsed.Errors, Has.Some.Contains("--version"));
    }
}
