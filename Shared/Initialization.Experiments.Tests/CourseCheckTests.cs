namespace Initialization.Experiments.Tests;

/// <summary>The runner compares each trained model with the course's outcome and prints accuracies honestly.</summary>
public class CourseCheckTests
{
    [Test]
    public void Run_HeThatTrainsLikeZeros_SaysPlainlyThatTheCourseReaches99Point33AndWhatToRun()
    {
        var (exitCode, output, error) = RunnerHarness.Run(TestInitializers.Course(he: TestInitializers.Zeros), "--no-plots");

        Assert.That(exitCode, Is.EqualTo(ExperimentRunner.Success), error);
        Assert.That(output, Does.Contain(
            "He initialization reached 50% on the training set and 50% on the test set; the course reaches 99.33% and 96%. " +
            "Your InitializeParametersHe does not start from the course's parameters: run dotnet test Starter to see what differs."));
        Assert.That(output, Does.Contain("│ He initialization           │ 50%            │ 50%           │ not what the course gets (99.33% / 96%): run dotnet test Starter"));
        Assert.That(output, Does.Contain("As in the course: 50% of the training and 50% of the test examples right."));
        Assert.That(output, Does.Contain("As in the course: 83% of the training and 86% of the test examples right."));
    }

    [Test]
    public void Run_OtherIterationsThanTheCourse_SaysTheFiguresAreNotComparable()
    {
        var (_, output, _) = RunnerHarness.Run(TestInitializers.Course(), "--iterations", "2", "--no-plots");

        Assert.That(output, Does.Contain("The course's model gets 99.33% of the training and 96% of the test examples right after 15000 iterations at learning rate 0.01; with your options the figures are not comparable."));
        Assert.That(output, Does.Not.Contain("not what the course gets"));
    }

    [TestCase(0.5, "50%")]
    [TestCase(0.83, "83%")]
    [TestCase(0.9933333333333333, "99.33%")]
    [TestCase(0.9966666666666667, "99.67%")]
    [TestCase(0.99999, "99.99%")]
    [TestCase(1.0, "100%")]
    [TestCase(0.00001, "0.01%")]
    [TestCase(0.0, "0%")]
    public void PercentFormat_ShowsTwoDecimalsAtMost_NeverRoundingUpTo100OrDownTo0(double fraction, string expected) =>
        Assert.That(Percent.Format(fraction), Is.EqualTo(expected));
}
