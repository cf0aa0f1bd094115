namespace Initialization.Experiments.Tests;

public class ExperimentRunnerTests
{
    [Test]
    public void Run_BadOption_PrintsTheProblemAndTheUsageAndExitsWith2()
    {
        var (exitCode, output, error) = RunnerHarness.Run(TestInitializers.Course(), "--iterations", "lots");

        Assert.That(exitCode, Is.EqualTo(ExperimentRunner.UsageError));
        Assert.That(output, Is.Empty);
        Assert.That(error, Does.StartWith("error: --iterations expects a whole number").And.Contain("Usage:"));
    }

    [Test]
    public void Run_Help_PrintsTheUsageAndExitsWith0()
    {
        var (exitCode, output, _) = RunnerHarness.Run(TestInitializers.Course(), "--help");

        Assert.That(exitCode, Is.EqualTo(ExperimentRunner.Success));
        Assert.That(output, Does.Contain("--learning-rate"));
    }

    [Test]
    public void Run_AllImplemented_PrintsTheNotebooksFlowForEachModel()
    {
        var (exitCode, output, error) = RunnerHarness.Run(TestInitializers.Course(), "--iterations", "1001", "--no-plots");

        Assert.That(exitCode, Is.EqualTo(ExperimentRunner.Success), error);
        Assert.That(output, Does.Contain("InitializeParametersRandom([3, 2, 1]) returns:\nW1 = [[ 17.88628473   4.36509851   0.96497468]\n [-18.63492703  -2.77388203  -3.54758979]]"));
        Assert.That(output, Does.Contain("InitializeParametersHe([2, 4, 1]) returns:"));
        Assert.That(output, Does.Contain("Cost after iteration 0: 0.6931471805599453\nCost after iteration 1000: 0.6931471805599453"));
        Assert.That(output, Does.Contain("Cost after iteration 0: inf"));
        Assert.That(output, Does.Contain("Train accuracy: 0.5 (150 of 300 examples right)"));
        Assert.That(output, Does.Contain("Conclusions").And.Contain("│ Zeros initialization        │ 50%"));
    }

    [Test]
    public void Run_StubNotImplementedYet_IsReportedAndSkippedWithoutAStackTrace()
    {
        var experiments = TestInitializers.Course(he: TestInitializers.NotImplemented);

        var (exitCode, output, _) = RunnerHarness.Run(experiments, "--iterations", "2", "--no-plots");

        Assert.That(exitCode, Is.EqualTo(ExperimentRunner.Success));
        Assert.That(output, Does.Contain("Skipped: InitializeParametersHe is not implemented yet: store W{l} and b{l}."));
        Assert.That(output, Does.Contain("not run: not implemented yet"));
        Assert.That(output, Does.Not.Contain("   at "), "no stack trace");
        Assert.That(output, Does.Contain("Cost after iteration 0: 0.6931471805599453"), "the other models still run");
    }

    [Test]
    public void Run_InitializerThatThrows_IsReportedWithAHintAndExitsWith1()
    {
        var experiments = TestInitializers.Course(zeros: TestInitializers.IndexOutOfRange);

        var (exitCode, output, _) = RunnerHarness.Run(experiments, "--iterations", "2", "--no-plots");

        Assert.That(exitCode, Is.EqualTo(ExperimentRunner.ExperimentFailed));
        Assert.That(output, Does.Contain("InitializeParametersZeros([3, 2, 1]) threw IndexOutOfRangeException"));
        Assert.That(output, Does.Contain("Hint: an index such as layersDims[l]"));
        Assert.That(output, Does.Not.Contain("   at "), "no stack trace");
    }

    [Test]
    public void Run_InitializerWithWrongShapes_SaysWhichShapeIsWrong()
    {
        var experiments = TestInitializers.Course(zeros: TestInitializers.Transposed);

        var (exitCode, output, _) = RunnerHarness.Run(experiments, "--iterations", "2", "--no-plots");

        Assert.That(exitCode, Is.EqualTo(ExperimentRunner.ExperimentFailed));
        Assert.That(output, Does.Contain("gives \"W1\" the shape (3, 2), expected (2, 3) (transposed"));
    }

    [Test]
    public void Run_Plots_WritesTwoNonEmptyPngsPerTrainedModelIntoTheOutFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "initialization-plots-" + Guid.NewGuid().ToString("N"));
        try
        {
            var experiments = TestInitializers.Course(random: TestInitializers.NotImplemented);

            var (exitCode, output, error) = RunnerHarness.Run(experiments, "--iterations", "2", "--out", folder);

            Assert.That(exitCode, Is.EqualTo(ExperimentRunner.Success), error);
            var expected = new[] { "zeros-cost.png", "zeros-decision-boundary.png", "he-cost.png", "he-decision-boundary.png" };
            Assert.That(Directory.GetFiles(folder).Select(Path.GetFileName), Is.EquivalentTo(expected));
            using (Assert.EnterMultipleScope())
            {
                foreach (var file in expected.Select(f => Path.Combine(folder, f)))
                {
                    Assert.That(output, Does.Contain($"Saved {file}"));
                    var bytes = File.ReadAllBytes(file);
                    Assert.That(bytes.Length, Is.GreaterThan(10_000), file);
                    Assert.That(bytes.Take(8), Is.EqualTo(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }), $"{file} is a PNG");
                }
            }
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    [Test]
    public void Run_NoPlots_WritesNoFiles()
    {
        var folder = Path.Combine(Path.GetTempPath(), "initialization-plots-" + Guid.NewGuid().ToString("N"));

        var (exitCode, output, _) = RunnerHarness.Run(TestInitializers.Course(), "--iterations", "2", "--no-plots", "--out", folder);

        Assert.That(exitCode, Is.EqualTo(ExperimentRunner.Success));
        Assert.That(Directory.Exists(folder), Is.False);
        Assert.That(output, Does.Contain("Plots are off"));
    }
}
