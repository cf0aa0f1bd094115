namespace Initialization.Shared.Tests;

public class MatrixTests
{
    private static readonly Matrix s_a = Matrix.FromArray(new double[,] { { 1, 2, 3 }, { 4, 5, 6 } });

    [Test]
    public void Shape_RowsAndCols_DescribeTheMatrix()
    {
        Assert.Multiple(() =>
        {
            Assert.That(s_a.Shape, Is.EqualTo((2, 3)));
            Assert.That(s_a.Rows, Is.EqualTo(2));
            Assert.That(s_a.Cols, Is.EqualTo(3));
            Assert.That(s_a.Size, Is.EqualTo(6));
            Assert.That(s_a[1, 0], Is.EqualTo(4.0));
        });
    }

    [Test]
    public void ScalarProduct_OnEitherSide_ScalesEveryValue()
    {
        Assert.Multiple(() =>
        {
            Assert.That((s_a * 10).ToArray(), Is.EqualTo(new double[] { 10, 20, 30, 40, 50, 60 }));
            Assert.That((10 * s_a).ToArray(), Is.EqualTo(new double[] { 10, 20, 30, 40, 50, 60 }));
            Assert.That((s_a / 2).ToArray(), Is.EqualTo(new double[] { 0.5, 1, 1.5, 2, 2.5, 3 }));
            Assert.That((1 - s_a).ToArray(), Is.EqualTo(new double[] { 0, -1, -2, -3, -4, -5 }));
            Assert.That((-s_a).ToArray(), Is.EqualTo(new double[] { -1, -2, -3, -4, -5, -6 }));
        });
    }

    [Test]
    public void Dot_IsTheMatrixProduct()
    {
        var product = s_a.Dot(s_a.Transpose());

        Assert.That(product.ToArray2D(), Is.EqualTo(new double[,] { { 14, 32 }, { 32, 77 } }));
    }

    [Test]
    public void Transpose_SwapsRowsAndColumns()
    {
        Assert.That(s_a.Transpose().ToArray2D(), Is.EqualTo(new double[,] { { 1, 4 }, { 2, 5 }, { 3, 6 } }));
    }

    [Test]
    public void Addition_OfAColumnVector_BroadcastsAcrossColumnsLikeNumpy()
    {
        var bias = Matrix.FromArray(new double[,] { { 10 }, { 20 } });

        Assert.That((s_a + bias).ToArray2D(), Is.EqualTo(new double[,] { { 11, 12, 13 }, { 24, 25, 26 } }));
    }

    [Test]
    public void ElementWiseOperators_OfEqualShapes_CombineValueByValue()
    {
        Assert.Multiple(() =>
        {
            Assert.That((s_a * s_a).ToArray(), Is.EqualTo(new double[] { 1, 4, 9, 16, 25, 36 }));
            Assert.That((s_a - s_a).ToArray(), Is.All.EqualTo(0.0));
            Assert.That((s_a / s_a).ToArray(), Is.All.EqualTo(1.0));
        });
    }

    [Test]
    public void RowSumsAndSum_AddAlongRowsAndOverAll()
    {
        Assert.Multiple(() =>
        {
            Assert.That(s_a.RowSums().ToArray2D(), Is.EqualTo(new double[,] { { 6 }, { 15 } }));
            Assert.That(s_a.Sum(), Is.EqualTo(21.0));
            Assert.That(s_a.Map(Math.Sqrt)[1, 1], Is.EqualTo(Math.Sqrt(5)).Within(0).Ulps);
        });
    }

    [Test]
    public void AsSpan_WritesThrough_ButToArrayAndCloneCopy()
    {
        var m = Matrix.Zeros(1, 2);
        var copy = m.Clone();
        var array = m.ToArray();

        m.AsSpan()[1] = 7;

        Assert.Multiple(() =>
        {
            Assert.That(m[0, 1], Is.EqualTo(7.0));
            Assert.That(copy[0, 1], Is.Zero);
            Assert.That(array[1], Is.Zero);
        });
    }
}
