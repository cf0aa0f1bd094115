namespace Initialization.Grader.Protocol.Values;

/// <summary>
/// What one call's values (its returned value and its arguments as the call left them) may hold
/// together; spent while a value is read from student code or decoded from a worker's answer.
/// </summary>
public sealed class ValueBudget
{
    private long _numbers = ProtocolLimits.MaxReturnedValues;
    private int _items = ProtocolLimits.MaxReturnedEntries;

    /// <summary>Spends <paramref name="count"/> numbers (array elements, matrix values, scalars).</summary>
    /// <param name="count">How many.</param>
    /// <exception cref="ValueTooLargeException">The budget is spent.</exception>
    public void SpendNumbers(long count)
    {
        _numbers -= count;
        if (count < 0 || _numbers < 0)
        {
            throw new ValueTooLargeException();
        }
    }

    /// <summary>Spends one item (a dictionary entry, a list element, a string).</summary>
    /// <exception cref="ValueTooLargeException">The budget is spent.</exception>
    public void SpendItem()
    {
        if (--_items < 0)
        {
            throw new ValueTooLargeException();
        }
    }

    /// <summary>Checks a nesting depth.</summary>
    /// <param name="depth">How deep a value sits in the tree (0 at the top).</param>
    /// <exception cref="ValueTooLargeException">Deeper than <see cref="ProtocolLimits.MaxValueDepth"/>.</exception>
    public static void CheckDepth(int depth)
    {
        if (depth > ProtocolLimits.MaxValueDepth)
        {
            throw new ValueTooLargeException();
        }
    }
}

/// <summary>A value holds more than <see cref="ValueBudget"/> allows.</summary>
public sealed class ValueTooLargeException : Exception
{
    /// <summary>Creates the exception with its fixed message.</summary>
    public ValueTooLargeException()
        : base($"more than {ProtocolLimits.MaxReturnedValues / (1024 * 1024)} million numbers, {ProtocolLimits.MaxReturnedEntries} entries or {ProtocolLimits.MaxValueDepth} levels of nesting")
    {
    }
}
