using System.Globalization;
using Initialization.Shared.Model;
using Newtonsoft.Json.Linq;

namespace Initialization.Shared.Tests.Model;

/// <summary>One training run recorded by tools/fixtures/generate_model_fixtures.py.</summary>
public sealed class ModelFixture
{
    private ModelFixture(JToken json)
    {
        Json = json;
        Name = json.Get("name").AsString();
        Initialization = json.Get("initialization").AsString();
        Options = new TrainingOptions
        {
            LearningRate = json.Get("learning_rate").AsDouble(),
            Iterations = json.Get("iterations").AsInt32(),
            ReportEvery = json.Get("report_every").AsInt32(),
        };
        Costs = [.. json.Get("costs").Elements().Select(c => new CostReport(c.Get("iteration").AsInt32(), Number(c.Get("cost"))))];
    }

    public JToken Json { get; }

    public string Name { get; }

    public string Initialization { get; }

    public TrainingOptions Options { get; }

    public CostReport[] Costs { get; }

    public static IEnumerable<ModelFixture> Load(string fileName) =>
        Fixture.Load(fileName).Get("cases").Elements().Select(c => new ModelFixture(c));

    /// <summary>A fixture number: JSON number, or "Infinity", "-Infinity", "NaN" for what JSON cannot hold.</summary>
    public static double Number(JToken value) =>
        value.Type == JTokenType.String ? double.Parse(value.AsString(), CultureInfo.InvariantCulture) : value.AsDouble();

    public double[] Labels(string property) => [.. Json.Get(property).Elements().Select(e => (double)e.AsInt32())];

    public override string ToString() => Name;
}
