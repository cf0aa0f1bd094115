namespace Initialization.Experiments.Tests;

public class PythonFloatTests
{
    [TestCase(0.6931471805599453, "0.6931471805599453")]
    [TestCase(0.5, "0.5")]
    [TestCase(1.0, "1.0")]
    [TestCase(0.0, "0.0")]
    [TestCase(0.0001, "0.0001")]
    [TestCase(0.00001, "1e-05")]
    [TestCase(1.5e-7, "1.5e-07")]
    [TestCase(1e15, "1000000000000000.0")]
    [TestCase(1e16, "1e+16")]
    [TestCase(-2.5, "-2.5")]
    [TestCase(double.PositiveInfinity, "inf")]
    [TestCase(double.NegativeInfinity, "-inf")]
    [TestCase(double.NaN, "nan")]
    public void Format_SpellsTheNumberLikePythonsStr(double value, string expected)
    {
        Assert.That(PythonFloat.Format(value), Is.EqualTo(expected));
    }
}
