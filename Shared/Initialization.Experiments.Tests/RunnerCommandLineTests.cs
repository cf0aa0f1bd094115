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
            .And.Contain("--no-plots").And.Contain("--json").And.Contain("--help"));
    }

    [Test]
    public void Parse_Version_IsNotAnOptionOfTheRunner()
    {
        var parsed = RunnerCommandLine.Parse(["--version"]);

        Assert.That(parsed.Options, Is.Null);
        Assert.That(parsed.Errors, Has.Some.Contains("--version"));
    }
}
