namespace Initialization.Grader.HiddenTests.Fixtures;

/// <summary>One hidden case: a method, the layer sizes it is called with, and numpy's result.</summary>
/// <param name="Method">The graded method's name.</param>
/// <param name="Name">The case's name in the fixture file.</param>
/// <param name="LayersDims">The argument.</param>
/// <param name="Parameters">numpy's W1, b1, … for that argument.</param>
public sealed record HiddenCase(string Method, string Name, int[] LayersDims, IReadOnlyDictionary<string, ExpectedMatrix> Parameters)
{
    private static readonly Lazy<IReadOnlyList<HiddenCase>> s_all = new(Load);

    /// <summary>The case of <paramref name="method"/> named <paramref name="name"/>.</summary>
    /// <param name="method">The graded method's name.</param>
    /// <param name="name">The case name, e.g. "deep".</param>
    /// <returns>The case.</returns>
    public static HiddenCase Get(string method, string name) =>
        s_all.Value.SingleOrDefault(c => c.Method == method && c.Name == name)
        ?? throw new InvalidOperationException($"the hidden fixtures have no case '{name}' for {method}: regenerate them with tools/fixtures/generate_grader_fixtures.py");

    private static List<HiddenCase> Load()
    {
        using var stream = typeof(HiddenCase).Assembly.GetManifestResourceStream("hidden_cases.json")
            ?? throw new InvalidOperationException("hidden_cases.json is not embedded in the hidden tests");
        var document = FixtureJson.Parse(stream);
        var methods = new Dictionary<string, string>
        {
            ["zeros"] = Subject.GradedMethods.Zeros,
            ["random"] = Subject.GradedMethods.Random,
            ["he"] = Subject.GradedMethods.He,
        };
        return [.. document.Get("cases").Elements().Select(c => new HiddenCase(
            methods[c.Get("method").AsString()],
            c.Get("case").AsString(),
            [.. c.Get("dims").Elements().Select(d => d.AsInt32())],
            c.Get("parameters").Members().ToDictionary(p => p.Name, p => ExpectedMatrix.FromJson(p.Value))))];
    }
}
