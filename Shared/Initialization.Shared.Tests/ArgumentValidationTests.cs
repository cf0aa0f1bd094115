namespace Initialization.Shared.Tests;

/// <summary>Bad input fails at once with an exception that names the argument and the allowed range.</summary>
public class ArgumentValidationTests
{
    private static readonly TestCaseData[] s_badCalls =
    [
        Case("Randn rows 0", () => new RandomState(1).Randn(0, 3), "rows", "at least 1"),
        Case("Randn cols -2", () => new RandomState(1).Randn(3, -2), "cols", "at least 1"),
        Case("Rand rows -1", () => new RandomState(1).Rand(-1, 3), "rows", "at least 1"),
        Case("Normal negative scale", () => new RandomState(1).Normal(0, -1, 2, 2), "scale", "zero or more"),
        Case("Normal NaN scale", () => new RandomState(1).Normal(0, double.NaN, 2, 2), "scale", "zero or more"),
        Case("Normal rows 0", () => new RandomState(1).Normal(0, 1, 0, 2), "rows", "at least 1"),
        Case("Permutation 0", () => new RandomState(1).Permutation(0), "n", "at least 1"),
        Case("Permutation -5", () => new RandomState(1).Permutation(-5), "n", "at least 1"),
        Case("Shuffle null", () => new RandomState(1).Shuffle((int[])null!), "values", "null"),
        Case("Zeros 0 rows", () => Matrix.Zeros(0, 1), "rows", "at least 1"),
        Case("Zeros huge", () => Matrix.Zeros(int.MaxValue, int.MaxValue), "cols", "most"),
        Case("Matrix wrong count", () => new Matrix(2, 2, [1.0, 2.0, 3.0]), "rowMajorValues", "needs 4 values"),
        Case("FromArray null", () => Matrix.FromArray(null!), "values", "null"),
        Case("MakeCircles 0 samples", () => Datasets.MakeCircles(0, 0.05, new RandomState(1)), "nSamples", "at least 1"),
        Case("MakeCircles negative noise", () => Datasets.MakeCircles(10, -0.1, new RandomState(1)), "noise", "zero or more"),
        Case("MakeCircles factor 1", () => Datasets.MakeCircles(10, 0.05, new RandomState(1), factor: 1.0), "factor", "[0, 1)"),
        Case("MakeCircles factor -0.5", () => Datasets.MakeCircles(10, 0.05, new RandomState(1), factor: -0.5), "factor", "[0, 1)"),
        Case("MakeCircles null rng", () => Datasets.MakeCircles(10, 0.05, null!), "rng", "null"),
        Case("Dot inner sizes", () => Matrix.Zeros(2, 3).Dot(Matrix.Zeros(2, 3)), "other", "transpose"),
        Case("Add shapes", () => _ = Matrix.Zeros(2, 3) + Matrix.Zeros(3, 2), "right", "broadcasting"),
        Case("Map null", () => Matrix.Zeros(1, 1).Map(null!), "function", "null"),
    ];

    [TestCaseSource(nameof(s_badCalls))]
    public void BadArgument_ThrowsArgumentExceptionNamingIt(Action call, string parameter, string hint)
    {
        var exception = Assert.Throws(Is.InstanceOf<ArgumentException>(), call) as ArgumentException;

        Assert.That(exception!.ParamName, Is.EqualTo(parameter));
        Assert.That(exception.Message, Does.Contain(parameter).And.Contain(hint).IgnoreCase);
    }

    [Test]
    public void Indexer_OutsideTheMatrix_SaysWhichIndicesAreValid()
    {
        var matrix = Matrix.Zeros(2, 3);

        Assert.That(() => _ = matrix[2, 0], Throws.TypeOf<IndexOutOfRangeException>().With.Message.Contains("rows go from 0 to 1"));
    }

    private static TestCaseData Case(string name, Action call, string parameter, string hint) =>
        new TestCaseData(call, parameter, hint).SetArgDisplayNames(name);
}
