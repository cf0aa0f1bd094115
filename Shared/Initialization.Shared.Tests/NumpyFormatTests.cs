using System.Text.Json;

namespace Initialization.Shared.Tests;

public class NumpyFormatTests
{
    private static IEnumerable<TestCaseData> Cases() =>
        Fixture.Load("numpy_print.json").GetProperty("cases").EnumerateArray()
            .Select(c => new TestCaseData(c).SetArgDisplayNames(c.GetProperty("name").GetString()!));

    [TestCaseSource(nameof(Cases))]
    public void ToString_PrintsWhatNumpyPrints(JsonElement fixture)
    {
        var rows = fixture.GetProperty("rows").GetInt32();
        var cols = fixture.GetProperty("cols").GetInt32();
        Matrix matrix;
        if (fixture.TryGetProperty("recipe", out var recipe))
        {
            matrix = new RandomState(recipe.GetProperty("seed").GetUInt32()).Randn(rows, cols) * Fixture.Double(recipe.GetProperty("scale").GetString()!);
        }
        else
        {
            matrix = new Matrix(rows, cols, Fixture.Doubles(fixture.GetProperty("values")));
        }

        Assert.That(matrix.ToString(), Is.EqualTo(fixture.GetProperty("text").GetString()));
    }

    [Test]
    public void ToString_OfTheCourseRandomW1_ReadsLikeTheNotebook()
    {
        var w1 = new RandomState(3).Randn(2, 3) * 10;

        Assert.That(w1.ToString(), Is.EqualTo(
            "[[ 17.88628473   4.36509851   0.96497468]\n" +
            " [-18.63492703  -2.77388203  -3.54758979]]"));
    }
}
