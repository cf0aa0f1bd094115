using System.Globalization;
using System.Text;

namespace Initialization.Grader.Gradebooks;

/// <summary>
/// RFC 4180 CSV: fields quoted when they hold a comma, a quote, a line break or edge spaces
/// (quotes doubled), lines ended by CRLF, as spreadsheet and gradebook importers expect. The
/// document starts with a byte order mark (U+FEFF, written as EF BB BF in UTF-8): without it Excel
/// reads a CSV in the system's ANSI code page and garbles every non-ASCII name, and the importers
/// the kit writes for accept it (Moodle's CSV reader strips it; Canvas's matches the first header
/// by substring, and its own gradebook export can write one). Text a spreadsheet would run as a
/// formula gets a leading apostrophe (see <see cref="Field"/>).
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

    /// <summary>
    /// One field, quoted when it needs to be. Excel, LibreOffice and Google Sheets run a cell that
    /// starts with =, +, -, @, a tab or a carriage return as a formula, and student ids come from
    /// the names of submitted files and folders: a student could hand in "=HYPERLINK(…).cs" for
    /// the instructor to click (CSV injection). Such text, which no real id, name or feedback
    /// starts with, gets a leading apostrophe, as OWASP advises, so it shows as text and matches
    /// no student on import; numbers ("-1.5") are left as they are.
    /// </summary>
    /// <param name="value">The value.</param>
    /// <returns>The field as it appears in the file.</returns>
    public static string Field(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (RunsAsFormula(value))
        {
            value = "'" + value;
        }

        var needsQuotes = value.AsSpan().IndexOfAny(",\"\r\n") >= 0 || (value.Length > 0 && (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1])));
        return needsQuotes ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }

    /// <summary>Whether a spreadsheet would take <paramref name="value"/> for a formula (leading spaces are no protection: some trim them).</summary>
    private static bool RunsAsFormula(string value)
    {
        var text = value.AsSpan().TrimStart(' ');
        return text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r'
            && !double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _);
    }
}
