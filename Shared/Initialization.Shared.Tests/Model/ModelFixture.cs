using System.Globalization;
using System.Text.Json;
using Initialization.Shared.Model;

namespace Initialization.Shared.Tests.Model;

/// <summary>One training run recorded by tools/fixtures/generate_model_fixtures.py.</summary>
public sealed class ModelFixture
{
    private ModelFixture(JsonElement json)
    {
        Json = json;
        Name = json.GetProperty("name").GetString()!;
        Initialization = json.GetProperty("initialization").GetString()!;
        Options = new TrainingOptions
        {
            LearningRate = json.GetProperty("learning_rate").GetDouble(),
            Iterations = json.GetProperty("iterations").GetInt32(),
            ReportEvery = json.GetProperty("report_every").GetInt32(),
        };
        Costs = [.. json.GetProperty("costs").EnumerateArray().Select(c => new CostReport(c.GetProperty("iteration").GetInt32(), Number(c.GetProperty("cost"))))];
    }

    public JsonElement Json { get; }

    public string Name { get; }

    public string Initialization { get; }

    public TrainingOptions Options { get; }

    public CostReport[] Costs { get; }

    public static IEnumerable<ModelFixture> Load(string fileName) =>
        Fixture.Load(fileName).GetProperty("cases").EnumerateArray().Select(c => new ModelFixture(c));

    /// <summary>A fixture number: JSON number, or "Infinity", "-Infinity", "NaN" for what JSON cannot hold.</summary>
    public static double Number(JsonElement value) =>
        value.ValueKind == JsonValueKind.String ? double.Parse(value.GetString()!, CultureInfo.InvariantCulture) : value.GetDouble();

    public double[] Labels(string property) => [.. Json.GetProperty(property).EnumerateArray().Select(e => (double)e.GetInt32())];

    public override string ToString() => Name;
}
