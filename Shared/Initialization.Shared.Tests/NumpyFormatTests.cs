using Newtonsoft.Json.Linq;

namespace Initialization.Shared.Tests;

public class NumpyFormatTests
{
    private static IEnumerable<TestCaseData> Cases() =>
        Fixture.Load("numpy_print.json").Get("cases").Elements()
            .Select(c => new TestCaseData(c).SetArgDisplayNames(c.Get("name").AsString()));

    [TestCaseSource(nameof(Cases))]
    public void ToString_PrintsWhatNumpyPrints(JToken fixture)
    {
        var rows = fixture.Get("rows").AsInt32();
        var cols = fixture.Get("cols").AsInt32();
        Matrix matrix;
        if (fixture.TryGet("recipe", out var recipe))
        {
            matrix = new RandomState(recipe.Get("seed").AsUInt32()).Randn(rows, cols) * Fixture.Double(recipe.Get("scale").AsString());
        }
        else
        {
            matrix = new Matrix(rows, cols, Fixture.Doubles(fixture.Get("values")));
        }

        Assert.That(matrix.ToString(), Is.EqualTo(fixture.Get("text").AsString()));
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
