using System.Text;

namespace Initialization.Grader.Gradebooks;

/// <summary>
/// RFC 4180 CSV: fields quoted when they hold a comma, a quote, a line break or edge spaces
/// (quotes doubled), lines ended by CRLF, as spreadsheet and gradebook importers expect. The
/// document starts with a byte order mark (U+FEFF, written as EF BB BF in UTF-8): without it Excel
/// reads a CSV in the system's ANSI code page and garbles every non-ASCII name, and the importers
/// the kit writes for accept it (Moodle's CSV reader strips it; Canvas's matches the first header
/// by substring, and its own gradebook export can write one).
/// </summary>
public sealed class CsvText
{
    /// <summary>The byte order mark every document starts with.</summary>
    public const char ByteOrderMark = '\uFEFF';

    private readonly StringBuilder _text = new StringBuilder().Append(ByteOrderMark);

    /// <summary>Adds one record.</summary>
    /// <param name="fields">Its fields, in column order.</param>
    /// <returns>This writer, for chaining.</returns>
    public CsvText Row(IEnumerable<string> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        _text.AppendJoin(',', fields.Select(Field)).Append("\r\n");
        return this;
    }

    /// <summary>The document so far, byte order mark first.</summary>
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
