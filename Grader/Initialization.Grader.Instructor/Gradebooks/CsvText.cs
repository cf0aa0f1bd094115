using System.Text;

namespace Initialization.Grader.Gradebooks;

/// <summary>
/// RFC 4180 CSV: fields quoted when they hold a comma, a quote, a line break or edge spaces
/// (quotes doubled), lines ended by CRLF, as spreadsheet and gradebook importers expect.
/// </summary>
public sealed class CsvText
{
    private readonly StringBuilder _text = new();

    /// <summary>Adds one record.</summary>
    /// <param name="fields">Its fields, in column order.</param>
    /// <returns>This writer, for chaining.</returns>
    public CsvText Row(IEnumerable<string> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        _text.AppendJoin(',', fields.Select(Field)).Append("\r\n");
        return this;
    }

    /// <summary>The document so far.</summary>
    /// <returns>The CSV text.</returns>
    public override string ToString() => _text.ToString();

    /// <summary>One field, quoted when it needs to be.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The field as it appears in the file.</returns>
    public static string Field(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var needsQuotes = value.AsSpan().IndexOfAny(",\"\r\n") >= 0 || (value.Length > 0 && (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1])));
        return needsQuotes ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }
}
