using System.Collections;
using System.Globalization;
using Initialization.Shared;

namespace Initialization.Grader.Protocol.Values;

/// <summary>
/// The values that cross between student code and an exercise's tests, in one canonical form:
/// null, <see cref="bool"/>, <see cref="int"/>, <see cref="long"/>, <see cref="double"/>,
/// <see cref="string"/>, <c>int[]</c>, <c>double[]</c>, <see cref="Matrix"/>,
/// <c>Dictionary&lt;string, object?&gt;</c> (in the student's order; a repeated key keeps its
/// first value) and <c>List&lt;object?&gt;</c> of these. The worker reads a returned object into
/// this form, the grader decodes it, and the tests see the same form whether the code ran in a
/// worker or in-process (a pack's reference under <c>dotnet test</c>).
/// </summary>
public static class GradedValue
{
    /// <summary>
    /// Reads <paramref name="value"/> (anything student code returned) into the canonical form,
    /// copying every array and matrix. Enumerating a student's collection runs the student's code:
    /// call this where that is allowed (inside the worker's call).
    /// </summary>
    /// <param name="value">The object.</param>
    /// <param name="budget">What the value may hold.</param>
    /// <returns>The canonical copy.</returns>
    /// <exception cref="ValueTooLargeException">It holds more than the budget.</exception>
    /// <exception cref="UnreadableValueException">It is of a type no exercise exchanges (the message names it).</exception>
    public static object? Read(object? value, ValueBudget budget) => Read(value, budget, 0);

    /// <summary>
    /// Makes a canonical value into an argument of type <paramref name="type"/> (a fresh copy: the
    /// callee may change it).
    /// </summary>
    /// <param name="value">A canonical value.</param>
    /// <param name="type">The parameter's type.</param>
    /// <returns>The argument.</returns>
    /// <exception cref="ArgumentException">The value does not fit the type.</exception>
    public static object? ToArgument(object? value, Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var target = Nullable.GetUnderlyingType(type) ?? type;
        switch (value)
        {
            case null when !type.IsValueType || Nullable.GetUnderlyingType(type) is not null:
                return null;
            case int[] ints when target == typeof(int[]):
                return ints.Clone();
            case double[] doubles when target == typeof(double[]):
                return doubles.Clone();
            case Matrix matrix when target == typeof(Matrix):
                return matrix.Clone();
            case string or bool when target == value.GetType():
                return value;
            case int or long or double when target == typeof(int) || target == typeof(long) || target == typeof(double):
                return Convert.ChangeType(value, target, CultureInfo.InvariantCulture);
            case List<object?> list when target.IsArray && target.GetArrayRank() == 1:
                var array = Array.CreateInstance(target.GetElementType()!, list.Count);
                for (var i = 0; i < list.Count; i++)
                {
                    array.SetValue(ToArgument(list[i], target.GetElementType()!), i);
                }

                return array;
            case List<object?> list when target.IsGenericType && target.GetGenericTypeDefinition() == typeof(List<>):
                var typedList = (IList)Activator.CreateInstance(target)!;
                foreach (var item in list)
                {
                    typedList.Add(ToArgument(item, target.GetGenericArguments()[0]));
                }

                return typedList;
            case Dictionary<string, object?> entries when target.IsGenericType && target.GetGenericTypeDefinition() == typeof(Dictionary<,>) && target.GetGenericArguments()[0] == typeof(string):
                var typedDictionary = (IDictionary)Activator.CreateInstance(target)!;
                foreach (var (key, item) in entries)
                {
                    typedDictionary.Add(key, ToArgument(item, target.GetGenericArguments()[1]));
                }

                return typedDictionary;
            default:
                throw new ArgumentException($"a {Describe(value)} cannot be passed as {type.Name}", nameof(value));
        }
    }

    /// <summary>A short name of a canonical value's kind, for messages.</summary>
    /// <param name="value">The value.</param>
    /// <returns>E.g. "Matrix (2×3)", "null", "list of 4".</returns>
    public static string Describe(object? value) => value switch
    {
        null => "null",
        Matrix m => $"Matrix ({m.Rows}×{m.Cols})",
        int[] a => $"int[{a.Length}]",
        double[] a => $"double[{a.Length}]",
        Dictionary<string, object?> d => $"dictionary of {d.Count}",
        List<object?> l => $"list of {l.Count}",
        _ => value.GetType().Name,
    };

    private static object? Read(object? value, ValueBudget budget, int depth)
    {
        ValueBudget.CheckDepth(depth);
        switch (value)
        {
            case null:
                return null;
            case bool or int or long or double:
                budget.SpendNumbers(1);
                return value;
            case float or decimal or short or byte or sbyte or ushort or uint or ulong:
                budget.SpendNumbers(1);
                return Widened(value);
            case string text:
                budget.SpendItem();
                return TextBounds.Truncate(text, ProtocolLimits.MaxStringValueChars);
            case char character:
                budget.SpendItem();
                return character.ToString();
            case Matrix matrix:
                budget.SpendNumbers(matrix.Size);
                return matrix.Clone();
            case int[] ints:
                budget.SpendNumbers(ints.Length);
                return ints.Clone();
            case double[] doubles:
                budget.SpendNumbers(doubles.Length);
                return doubles.Clone();
            case IEnumerable enumerable when KeyedValueType(value.GetType()) is { } pairType:
                return ReadEntries(enumerable, pairType, budget, depth);
            case IEnumerable enumerable:
                var list = new List<object?>();
                foreach (var item in enumerable)
                {
                    budget.SpendItem();
                    list.Add(Read(item, budget, depth + 1));
                }

                return list;
            default:
                throw new UnreadableValueException($"a {value.GetType().Name}, which the grader cannot read back");
        }
    }

    /// <summary>The other numeric types as the canonical int, long or double that holds them.</summary>
    private static object Widened(object number) => number switch
    {
        float f => (double)f,
        decimal d => (double)d,
        uint u => (long)u,
        ulong u when u <= long.MaxValue => (long)u,
        ulong u => (double)u,
        _ => Convert.ToInt32(number, CultureInfo.InvariantCulture),
    };

    private static Dictionary<string, object?> ReadEntries(IEnumerable entries, Type pairType, ValueBudget budget, int depth)
    {
        var keyProperty = pairType.GetProperty("Key")!;
        var valueProperty = pairType.GetProperty("Value")!;
        var result = new Dictionary<string, object?>();
        foreach (var pair in entries)
        {
            budget.SpendItem();
            var key = TextBounds.Truncate((string?)keyProperty.GetValue(pair), ProtocolLimits.MaxKeyChars) ?? string.Empty;
            var item = Read(valueProperty.GetValue(pair), budget, depth + 1);
            result.TryAdd(key, item);
        }

        return result;
    }

    /// <summary>KeyValuePair&lt;string, T&gt; when <paramref name="type"/> enumerates such pairs (a dictionary of any kind), else null.</summary>
    private static Type? KeyedValueType(Type type) =>
        type.GetInterfaces().Append(type)
            .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))
            .Select(i => i.GetGenericArguments()[0])
            .FirstOrDefault(p => p.IsGenericType && p.GetGenericTypeDefinition() == typeof(KeyValuePair<,>) && p.GetGenericArguments()[0] == typeof(string));
}

/// <summary>Student code returned a value of a type no exercise exchanges.</summary>
/// <param name="message">What it was.</param>
public sealed class UnreadableValueException(string message) : Exception(message);
