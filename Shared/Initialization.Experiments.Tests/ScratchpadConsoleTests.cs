using System.Globalization;

namespace Initialization.Experiments.Tests;

public class ScratchpadConsoleTests
{
    private static (int ExitCode, string Output, string Error) Run(IReadOnlyList<Experiment> exercises, string input, params string[] args)
    {
        using var reader = new StringReader(input);
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using var error = new StringWriter(CultureInfo.InvariantCulture);
        var exitCode = ExperimentRunner.Run(args, exercises, reader, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }

    [Test]
    public void Eval_PrintsTheValueAndTrainsNothing()
    {
        var (exitCode, output, error) = Run(KitInitializers.Solution, "", "--eval", "Initializers.InitializeParametersHe(new[] { 2, 4, 1 })[\"W2\"]");

        Assert.That(exitCode, Is.EqualTo(ExperimentRunner.Success), error);
        Assert.That(output, Is.EqualTo("[[-0.03098412 -0.33744411 -0.92904268  0.62552248]]\n"));
    }

    [Test]
    public void Eval_SeveralTimes_EvaluatesInTurnWithSharedVariables()
    {
        var (exitCode, output, _) = Run(KitInitializers.Solution, "",
            "--eval", "var p = InitializeParametersZeros(new[] { 3, 2, 1 });", "--eval", "p[\"W1\"].Shape", "--eval", "p.Count");

        Assert.That(exitCode, Is.EqualTo(ExperimentRunner.Success));
        Assert.That(output, Is.EqualTo("(2, 3)\n4\n"));
    }

    [Test]
    public void Eval_ThatFails_ExplainsOnTheErrorStreamStopsAndExitsWith1()
    {
        var (exitCode, output, error) = Run(KitInitializers.Starter, "",
            "--eval", "InitializeParametersZeros(new[] { 3, 2, 1 })", "--eval", "1 + 1");

        Assert.That(exitCode, Is.EqualTo(ExperimentRunner.ExperimentFailed));
        Assert.That(output, Is.Empty, "the second --eval does not run");
        Assert.That(error, Does.StartWith("Exercise 1 (Zeros initialization) is not done yet."));
    }

    [Test]
    public void Repl_VariablesPersistFromOneLineToTheNext()
    {
        var (exitCode, output, error) = Run(KitInitializers.Solution,
            "var p = InitializeParametersHe(new[] { 2, 4, 1 });\nvar w = p[\"W2\"];\nw\nw.Shape\n", "--repl");

        Assert.That(exitCode, Is.EqualTo(ExperimentRunner.Success), error);
        Assert.That(output, Is.EqualTo("[[-0.03098412 -0.33744411 -0.92904268  0.62552248]]\n(1, 4)\n"));
        Assert.That(error, Is.Empty);
    }

    [Test]
    public void Repl_AfterAnError_GoesOnWithTheNextLine()
    {
        var (exitCode, output, error) = Run(KitInitializers.Solution, "var p = InitializeParametersHe(new[] { 2, 4, 1 });\np[\"W9\"]\np[W1]\np.Count\n", "--repl");

        Assert.That(exitCode, Is.EqualTo(ExperimentRunner.Success));
        Assert.That(output, Is.EqualTo("4\n"));
        Assert.That(error, Does.Contain("KeyNotFoundException").And.Contain("does not compile"));
    }

    [Test]
    public void Repl_Exit_LeavesAndTheLinesAfterItAreNotRun()
    {
        var (exitCode, output, _) = Run(KitInitializers.Solution, "1 + 1\nexit\n2 + 2\n", "--repl");

        Assert.That(exitCode, Is.EqualTo(ExperimentRunner.Success));
        Assert.That(output, Is.EqualTo("2\n"));
    }

    [Test]
    public void Repl_LineThatOpensABlock_GoesOnUntilTheBlockCloses()
    {
        var (_, output, error) = Run(KitInitializers.Solution, "var total = 0;\nfor (var l = 1; l < 4; l++)\n{\n    total += l;\n}\ntotal\n", "--repl");

        Assert.That(output, Is.EqualTo("6\n"), error);
    }

    [Test]
    public void Repl_EmptyLineInsideUnfinishedCode_EndsItAndTheCompilerSaysWhatIsMissing()
    {
        var (_, output, error) = Run(KitInitializers.Solution, "Math.Sqrt(\n\n1 + 1\n", "--repl");

        Assert.That(error, Does.Contain("does not compile").And.Contain(") expected"));
        Assert.That(output, Is.EqualTo("2\n"));
    }

    [Test]
    public void Repl_AfterEval_ContinuesWithItsVariables()
    {
        var (_, output, _) = Run(KitInitializers.Solution, "p.Count\n", "--eval", "var p = InitializeParametersZeros(new[] { 3, 2, 1 });", "--repl");

        Assert.That(output, Is.EqualTo("4\n"));
    }

    [Test]
    public void Repl_InputThatIsNotAPerson_GetsNoWelcomeAndNoPrompts()
    {
        var (_, output, _) = Run(KitInitializers.Solution, "", "--repl");

        Assert.That(output, Is.Empty);
    }
}
