using Initialization.Shared;

namespace Initialization.Grader.Protocol.Values;

/// <summary>
/// Writes and reads <see cref="GradedValue"/>'s canonical values in frames: one tag byte, then
/// the value. Reading spends a <see cref="ValueBudget"/>, since a hostile worker may send anything.
/// </summary>
public static class ValueCodec
{
    private enum Tag : byte
    {
        Null = 0,
        False = 1,
        True = 2,
        Int = 3,
        Long = 4,
        Double = 5,
        String = 6,
        Ints = 7,
        Doubles = 8,
        Matrix = 9,
        Dictionary = 10,
        List = 11,
    }

    /// <summary>Writes a canonical value.</summary>
    /// <param name="w">The frame's writer.</param>
    /// <param name="value">A value in <see cref="GradedValue"/>'s canonical form.</param>
    /// <exception cref="NotSupportedException">The value is not canonical.</exception>
    public static void Write(BinaryWriter w, object? value)
    {
        ArgumentNullException.ThrowIfNull(w);
        switch (value)
        {
            case null:
                w.Write((byte)Tag.Null);
                break;
            case bool flag:
                w.Write((byte)(flag ? Tag.True : Tag.False));
                break;
            case int number:
                w.Write((byte)Tag.Int);
                w.Write(number);
                break;
            case long number:
                w.Write((byte)Tag.Long);
                w.Write(number);
                break;
            case double number:
                w.Write((byte)Tag.Double);
                w.Write(number);
                break;
            case string text:
                w.Write((byte)Tag.String);
                w.Write(text);
                break;
            case int[] ints:
                w.Write((byte)Tag.Ints);
                MessageCodec.WriteInts(w, ints);
                break;
            case double[] doubles:
                w.Write((byte)Tag.Doubles);
                MessageCodec.WriteDoubles(w, doubles);
                break;
            case Matrix matrix:
                w.Write((byte)Tag.Matrix);
                w.Write(matrix.Rows);
                w.Write(matrix.Cols);
                MessageCodec.WriteDoubles(w, matrix.AsSpan());
                break;
            case Dictionary<string, object?> entries:
                w.Write((byte)Tag.Dictionary);
                w.Write(entries.Count);
                foreach (var (key, item) in entries)
                {
                    w.Write(key);
                    Write(w, item);
                }

                break;
            case List<object?> items:
                w.Write((byte)Tag.List);
                w.Write(items.Count);
                foreach (var item in items)
                {
                    Write(w, item);
                }

                break;
            default:
                throw new NotSupportedException($"{value.GetType().Name} is not a canonical graded value");
        }
    }

    /// <summary>Reads a canonical value, spending <paramref name="budget"/>.</summary>
    /// <param name="r">The frame's reader.</param>
    /// <param name="budget">What the value may hold.</param>
    /// <returns>The value.</returns>
    /// <exception cref="InvalidDataException">The bytes are no value within the budget.</exception>
    public static object? Read(BinaryReader r, ValueBudget budget)
    {
        ArgumentNullException.ThrowIfNull(r);
        ArgumentNullException.ThrowIfNull(budget);
        try
        {
            return Read(r, budget, 0);
        }
        catch (ValueTooLargeException tooLarge)
        {
            throw new InvalidDataException($"a value holds {tooLarge.Message}");
        }
    }

    private static object? Read(BinaryReader r, ValueBudget budget, int depth)
    {
        ValueBudget.CheckDepth(depth);
        var tag = (Tag)r.ReadByte();
        switch (tag)
        {
            case Tag.Null:
                return null;
            case Tag.False or Tag.True:
                budget.SpendNumbers(1);
                return tag == Tag.True;
            case Tag.Int:
                budget.SpendNumbers(1);
                return r.ReadInt32();
            case Tag.Long:
                budget.SpendNumbers(1);
                return r.ReadInt64();
            case Tag.Double:
                budget.SpendNumbers(1);
                return r.ReadDouble();
            case Tag.String:
                budget.SpendItem();
                return TextBounds.ReadBounded(r, ProtocolLimits.MaxStringValueChars);
            case Tag.Ints:
                var ints = MessageCodec.ReadInts(r);
                budget.SpendNumbers(ints.Length);
                return ints;
            case Tag.Doubles:
                var doubles = MessageCodec.ReadDoubles(r);
                budget.SpendNumbers(doubles.Length);
                return doubles;
            case Tag.Matrix:
                var (rows, cols) = (r.ReadInt32(), r.ReadInt32());
                var values = MessageCodec.ReadDoubles(r);
                budget.SpendNumbers(values.Length);
                return rows < 0 || cols < 0 || (long)rows * cols != values.Length
                    ? throw new InvalidDataException($"a {rows}×{cols} matrix arrived with {values.Length} values")
                    : new Matrix(rows, cols, values);
            case Tag.Dictionary:
                var entries = new Dictionary<string, object?>();
                for (var count = Count(r); count > 0; count--)
                {
                    budget.SpendItem();
                    var key = TextBounds.ReadBounded(r, ProtocolLimits.MaxKeyChars);
                    entries.TryAdd(key, Read(r, budget, depth + 1));
                }

                return entries;
            case Tag.List:
                var items = new List<object?>();
                for (var count = Count(r); count > 0; count--)
                {
                    budget.SpendItem();
                    items.Add(Read(r, budget, depth + 1));
                }

                return items;
            default:
                throw new InvalidDataException($"unknown value tag {(byte)tag}");
        }
    }

    private static int Count(BinaryReader r)
    {
        var count = r.ReadInt32();
        return count is < 0 or > ProtocolLimits.MaxReturnedEntries ? throw new InvalidDataException($"a collection of {count} items exceeds the limit of {ProtocolLimits.MaxReturnedEntries}") : count;
    }
}
