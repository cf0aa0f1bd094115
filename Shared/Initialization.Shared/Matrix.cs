namespace Initialization.Shared;

/// <summary>
/// A dense matrix of <see cref="double"/> values stored row by row, with numpy's semantics:
/// <c>*</c>, <c>/</c>, <c>+</c> and <c>-</c> work element by element (broadcasting a row or
/// column vector, as numpy does), and <see cref="Dot(Matrix)"/> is the matrix product.
/// </summary>
/// <example>
/// <code>
/// var w = new RandomState(3).Randn(2, 3) * 10;   // like np.random.randn(2, 3) * 10
/// var b = Matrix.Zeros(2, 1);                     // like np.zeros((2, 1))
/// Console.WriteLine(w.Shape);                     // (2, 3)
/// Console.WriteLine(w);                           // printed the way numpy prints it
/// </code>
/// </example>
public sealed class Matrix
{
    private readonly double[] _values;

    /// <summary>Creates a (rows, cols) matrix of zeros.</summary>
    /// <param name="rows">Number of rows, at least 1.</param>
    /// <param name="cols">Number of columns, at least 1.</param>
    /// <exception cref="ArgumentOutOfRangeException">A size is zero or negative, or the matrix would be too large.</exception>
    public Matrix(int rows, int cols)
        : this(rows, cols, uninitialized: false)
    {
    }

    /// <summary>A matrix whose every value the caller overwrites at once: skips zeroing the storage.</summary>
    private Matrix(int rows, int cols, bool uninitialized)
    {
        CheckSize(rows, nameof(rows));
        CheckSize(cols, nameof(cols));
        CheckCount(rows, cols);
        Rows = rows;
        Cols = cols;
        _values = uninitialized ? GC.AllocateUninitializedArray<double>(rows * cols) : new double[rows * cols];
    }

    /// <summary>Creates a (rows, cols) matrix from values listed row by row (copied).</summary>
    /// <param name="rows">Number of rows, at least 1.</param>
    /// <param name="cols">Number of columns, at least 1.</param>
    /// <param name="rowMajorValues">rows * cols values: the first row, then the second, and so on.</param>
    /// <exception cref="ArgumentNullException"><paramref name="rowMajorValues"/> is null.</exception>
    /// <exception cref="ArgumentException">The number of values is not rows * cols.</exception>
    public Matrix(int rows, int cols, ReadOnlySpan<double> rowMajorValues)
        : this(rows, cols)
    {
        if (rowMajorValues.Length != _values.Length)
        {
            throw new ArgumentException($"A ({rows}, {cols}) matrix needs {_values.Length} values, but {rowMajorValues.Length} were given.", nameof(rowMajorValues));
        }

        rowMajorValues.CopyTo(_values);
    }

    /// <summary>Number of rows (numpy's <c>shape[0]</c>).</summary>
    public int Rows { get; }

    /// <summary>Number of columns (numpy's <c>shape[1]</c>).</summary>
    public int Cols { get; }

    /// <summary>(Rows, Cols), like numpy's <c>shape</c>; prints as <c>(2, 3)</c>.</summary>
    public (int Rows, int Cols) Shape => (Rows, Cols);

    /// <summary>Number of values, Rows * Cols.</summary>
    public int Size => _values.Length;

    /// <summary>The value at (row, col), both counted from 0.</summary>
    /// <param name="row">Row index, 0 to Rows - 1.</param>
    /// <param name="col">Column index, 0 to Cols - 1.</param>
    /// <exception cref="IndexOutOfRangeException">An index is outside the matrix.</exception>
    public double this[int row, int col]
    {
        get => _values[Offset(row, col)];
        set => _values[Offset(row, col)] = value;
    }

    /// <summary>A (rows, cols) matrix of zeros, like <c>np.zeros((rows, cols))</c>.</summary>
    /// <param name="rows">Number of rows, at least 1.</param>
    /// <param name="cols">Number of columns, at least 1.</param>
    /// <returns>A new matrix filled with 0.0.</returns>
    public static Matrix Zeros(int rows, int cols) => new(rows, cols);

    /// <summary>A matrix with the given values, e.g. <c>Matrix.FromArray(new double[,] { { 1, 2 }, { 3, 4 } })</c>.</summary>
    /// <param name="values">The values, indexed [row, col].</param>
    /// <returns>A new matrix holding a copy of the values.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null.</exception>
    public static Matrix FromArray(double[,] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var result = new Matrix(values.GetLength(0), values.GetLength(1));
        for (var r = 0; r < result.Rows; r++)
        {
            for (var c = 0; c < result.Cols; c++)
            {
                result._values[(r * result.Cols) + c] = values[r, c];
            }
        }

        return result;
    }

    /// <summary>The values row by row, as a span over the matrix's own storage (writes change the matrix).</summary>
    /// <returns>A span of length <see cref="Size"/>.</returns>
    public Span<double> AsSpan() => _values;

    /// <summary>A copy of the values, row by row.</summary>
    /// <returns>A new array of length <see cref="Size"/>.</returns>
    public double[] ToArray() => (double[])_values.Clone();

    /// <summary>A copy of the values as a [row, col] array.</summary>
    /// <returns>A new Rows x Cols array.</returns>
    public double[,] ToArray2D()
    {
        var result = new double[Rows, Cols];
        for (var r = 0; r < Rows; r++)
        {
            for (var c = 0; c < Cols; c++)
            {
                result[r, c] = _values[(r * Cols) + c];
            }
        }

        return result;
    }

    /// <summary>An independent copy of this matrix.</summary>
    /// <returns>A new matrix with the same shape and values.</returns>
    public Matrix Clone() => new(Rows, Cols, _values);

    /// <summary>The transpose, like numpy's <c>.T</c>: shape (Cols, Rows).</summary>
    /// <returns>A new matrix.</returns>
    public Matrix Transpose()
    {
        var result = new Matrix(Cols, Rows);
        for (var r = 0; r < Rows; r++)
        {
            for (var c = 0; c < Cols; c++)
            {
                result._values[(c * Rows) + r] = _values[(r * Cols) + c];
            }
        }

        return result;
    }

    /// <summary>The matrix product this · other, like <c>np.dot(this, other)</c>.</summary>
    /// <param name="other">A matrix with as many rows as this one has columns.</param>
    /// <returns>A new (Rows, other.Cols) matrix.</returns>
    /// <exception cref="ArgumentException">The inner sizes differ.</exception>
    public Matrix Dot(Matrix other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (Cols != other.Rows)
        {
            throw new ArgumentException(
                $"Cannot multiply a {FormatShape(Shape)} matrix by a {FormatShape(other.Shape)} matrix: the first one's columns ({Cols}) must equal the second one's rows ({other.Rows}). Did you mean to transpose one of them?",
                nameof(other));
        }

        var result = new Matrix(Rows, other.Cols);
        var n = other.Cols;
        for (var r = 0; r < Rows; r++)
        {
            var target = result._values.AsSpan(r * n, n);
            for (var k = 0; k < Cols; k++)
            {
                var a = _values[(r * Cols) + k];
                var source = other._values.AsSpan(k * n, n);
                for (var c = 0; c < n; c++)
                {
                    target[c] += a * source[c];
                }
            }
        }

        return result;
    }

    /// <summary>Applies <paramref name="function"/> to every value, like a numpy ufunc.</summary>
    /// <param name="function">The function to apply, e.g. <c>Math.Sqrt</c>.</param>
    /// <returns>A new matrix of the same shape.</returns>
    public Matrix Map(Func<double, double> function)
    {
        ArgumentNullException.ThrowIfNull(function);
        var result = new Matrix(Rows, Cols);
        for (var i = 0; i < _values.Length; i++)
        {
            result._values[i] = function(_values[i]);
        }

        return result;
    }

    /// <summary>The sum of all values, like <c>np.sum(m)</c>.</summary>
    /// <returns>The sum, added in numpy's (pairwise) order, so it equals numpy's to the last bit.</returns>
    public double Sum() => NumpySum.Sum(_values);

    /// <summary>The sum of each row, like <c>np.sum(m, axis=1, keepdims=True)</c>.</summary>
    /// <returns>A new (Rows, 1) matrix.</returns>
    public Matrix RowSums()
    {
        var result = new Matrix(Rows, 1);
        for (var r = 0; r < Rows; r++)
        {
            result._values[r] = NumpySum.Sum(_values.AsSpan(r * Cols, Cols));
        }

        return result;
    }

    /// <summary>Formats the matrix the way numpy's <c>print</c> does, e.g. <c>[[0.]\n [0.]]</c>.</summary>
    /// <returns>numpy's <c>str(array)</c> for the same values.</returns>
    public override string ToString() => NumpyFormat.Format(this);

    /// <summary>Multiplies every value by a scalar.</summary>
    public static Matrix operator *(Matrix matrix, double scalar) => MapScalar(matrix, scalar, static (x, s) => x * s);

    /// <summary>Multiplies every value by a scalar.</summary>
    public static Matrix operator *(double scalar, Matrix matrix) => MapScalar(matrix, scalar, static (x, s) => s * x);

    /// <summary>Divides every value by a scalar.</summary>
    public static Matrix operator /(Matrix matrix, double scalar) => MapScalar(matrix, scalar, static (x, s) => x / s);

    /// <summary>Adds a scalar to every value.</summary>
    public static Matrix operator +(Matrix matrix, double scalar) => MapScalar(matrix, scalar, static (x, s) => x + s);

    /// <summary>Adds a scalar to every value.</summary>
    public static Matrix operator +(double scalar, Matrix matrix) => MapScalar(matrix, scalar, static (x, s) => s + x);

    /// <summary>Subtracts a scalar from every value.</summary>
    public static Matrix operator -(Matrix matrix, double scalar) => MapScalar(matrix, scalar, static (x, s) => x - s);

    /// <summary>Subtracts every value from a scalar.</summary>
    public static Matrix operator -(double scalar, Matrix matrix) => MapScalar(matrix, scalar, static (x, s) => s - x);

    /// <summary>Negates every value.</summary>
    public static Matrix operator -(Matrix matrix) => MapScalar(matrix, 0.0, static (x, _) => -x);

    /// <summary>Element-wise sum with numpy broadcasting (e.g. a (n, m) matrix plus a (n, 1) column).</summary>
    public static Matrix operator +(Matrix left, Matrix right) => Broadcast(left, right, "add", static (a, b) => a + b);

    /// <summary>Element-wise difference with numpy broadcasting.</summary>
    public static Matrix operator -(Matrix left, Matrix right) => Broadcast(left, right, "subtract", static (a, b) => a - b);

    /// <summary>Element-wise product with numpy broadcasting (numpy's <c>*</c>; use <see cref="Dot(Matrix)"/> for the matrix product).</summary>
    public static Matrix operator *(Matrix left, Matrix right) => Broadcast(left, right, "multiply element-wise", static (a, b) => a * b);

    /// <summary>Element-wise quotient with numpy broadcasting.</summary>
    public static Matrix operator /(Matrix left, Matrix right) => Broadcast(left, right, "divide element-wise", static (a, b) => a / b);

    internal static string FormatShape((int Rows, int Cols) shape) => $"({shape.Rows}, {shape.Cols})";

    private static void CheckSize(int size, string name)
    {
        if (size < 1)
        {
            throw new ArgumentOutOfRangeException(name, size, $"{name} must be at least 1: a matrix needs at least one row and one column.");
        }
    }

    private static void CheckCount(int rows, int cols)
    {
        if ((long)rows * cols > Array.MaxLength)
        {
            throw new ArgumentOutOfRangeException(nameof(cols), $"A ({rows}, {cols}) matrix has more than {Array.MaxLength} values, the most .NET can store in one array.");
        }
    }

    /// <summary>For generators that write every value: no zeroing first.</summary>
    internal static Matrix Uninitialized(int rows, int cols) => new(rows, cols, uninitialized: true);

    private int Offset(int row, int col)
    {
        if ((uint)row >= (uint)Rows || (uint)col >= (uint)Cols)
        {
            throw new IndexOutOfRangeException($"Index [{row}, {col}] is outside a {FormatShape(Shape)} matrix: rows go from 0 to {Rows - 1}, columns from 0 to {Cols - 1}.");
        }

        return (row * Cols) + col;
    }

    private static Matrix MapScalar(Matrix matrix, double scalar, Func<double, double, double> operation)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        var result = new Matrix(matrix.Rows, matrix.Cols);
        for (var i = 0; i < matrix._values.Length; i++)
        {
            result._values[i] = operation(matrix._values[i], scalar);
        }

        return result;
    }

    private static Matrix Broadcast(Matrix left, Matrix right, string verb, Func<double, double, double> operation)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        var rows = BroadcastSize(left.Rows, right.Rows);
        var cols = BroadcastSize(left.Cols, right.Cols);
        if (rows < 0 || cols < 0)
        {
            throw new ArgumentException(
                $"Cannot {verb} a {FormatShape(left.Shape)} matrix and a {FormatShape(right.Shape)} matrix: along each axis the sizes must be equal, or one of them must be 1 (numpy broadcasting).",
                nameof(right));
        }

        var result = new Matrix(rows, cols);
        for (var r = 0; r < rows; r++)
        {
            var leftRow = left.Rows == 1 ? 0 : r;
            var rightRow = right.Rows == 1 ? 0 : r;
            for (var c = 0; c < cols; c++)
            {
                var a = left._values[(leftRow * left.Cols) + (left.Cols == 1 ? 0 : c)];
                var b = right._values[(rightRow * right.Cols) + (right.Cols == 1 ? 0 : c)];
                result._values[(r * cols) + c] = operation(a, b);
            }
        }

        return result;
    }

    private static int BroadcastSize(int a, int b) => a == b ? a : a == 1 ? b : b == 1 ? a : -1;
}
