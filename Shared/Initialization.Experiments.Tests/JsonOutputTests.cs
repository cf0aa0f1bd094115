using Newtonsoft.Json.Linq;

namespace Initialization.Experiments.Tests;

public class JsonOutputTests
{
    [Test]
    public void Json_PrintsOnlyOneObjectWithTheFiveFieldsPerModel()
    {
        var (exitCode, output, error) = RunnerHarness.Run(TestInitializers.Course(), "--json", "--iterations", "1001");

        Assert.That(exitCode, Is.EqualTo(ExperimentRunner.Success), error);
        var report = JObject.Parse(output);
        Assert.That(report.Properties().Select(p => p.Name), Is.EqualTo(new[] { "zeros", "random", "he" }));
        foreach (var model in report.Properties().Select(p => (JObject)p.Value))
        {
            Assert.That(model.Properties().Select(p => p.Name),
                Is.EquivalentTo(new[] { "costs", "train_accuracy", "test_accuracy", "train_predictions", "test_predictions" }));
            Assert.That(model["costs"]!.Count(), Is.EqualTo(2), "a cost every 1000 iterations: 0 and 1000");
            Assert.That(model["train_predictions"]!.Value<string>(), Does.Match("^[01]{300}$"));
            Assert.That(model["test_predictions"]!.Value<string>(), Does.Match("^[01]{100}$"));
        }

        Assert.That(report["zeros"]!["costs"]![0]!.Value<double>(), Is.EqualTo(0.6931471805599453));
        Assert.That(report["zeros"]!["train_accuracy"]!.Value<double>(), Is.EqualTo(0.5));
        Assert.That(report["zeros"]!["train_predictions"]!.Value<string>(), Is.EqualTo(new string('0', 300)));
    }

    [Test]
    public void Json_InfiniteCost_IsTheStringInfinity()
    {
        var (_, output, _) = RunnerHarness.Run(TestInitializers.Course(), "--json", "--iterations", "1");

        var firstCost = JObject.Parse(output)["random"]!["costs"]![0]!;
        Assert.That(firstCost.Type, Is.EqualTo(JTokenType.String));
        Assert.That(firstCost.Value<string>(), Is.EqualTo("Infinity"));
    }

    [Test]
    public void Json_StubNotImplementedYet_GivesAnErrorEntryInsteadOfResults()
    {
        var experiments = TestInitializers.Course(zeros: TestInitializers.NotImplemented);

        var (exitCode, output, _) = RunnerHarness.Run(experiments, "--json", "--iterations", "1");

        Assert.That(exitCode, Is.EqualTo(ExperimentRunner.Success));
        var zeros = (JObject)JObject.Parse(output)["zeros"]!;
        Assert.That(zeros.Properties().Select(p => p.Name), Is.EqualTo(new[] { "error" }));
        Assert.That(zeros["error"]!.Value<string>(), Does.Contain("is not implemented yet"));
    }

    [Test]
    public void Json_WritesNoPlotsEvenWithOut()
    {
        var folder = Path.Combine(Path.GetTempPath(), "initialization-plots-" + Guid.NewGuid().ToString("N"));

        RunnerHarness.Run(TestInitializers.Course(), "--json", "--iterations", "1", "--out", folder);

        Assert.That(Directory.Exists(folder), Is.False);
    }
}
