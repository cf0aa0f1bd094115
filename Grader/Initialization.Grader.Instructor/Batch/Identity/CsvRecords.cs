using System.Text;

namespace Initialization.Grader.Batch.Identity;

/// <summary>One record of a CSV file, with the line it starts on (1-based) for messages.</summary>
/// <param name="Line">The line the record starts on.</param>
/// <param name="Fields">Its fields, unquoted.</param>
public sealed record CsvRecord(int Line, IReadOnlyList<string> Fields);

/// <summary>
/// Reads RFC 4180 CSV as spreadsheets write it: fields quoted when they hold a comma, a quote
/// (doubled) or a line break; CRLF or LF line ends; blank lines skipped.
/// </summary>
public static class CsvRecords
{
    /// <summary>Splits <paramref name="text"/> into records.</summary>
    /// <param name="text">The whole file.</param>
    /// <returns>The records, in order.</returns>
    /// <exception cref="InvalidDataException">A quoted field is never closed, or text follows a closing quote; the message names the line.</exception>
    public static IReadOnlyList<CsvRecord> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var records = new List<CsvRecord>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var start = 1;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '"' && field.Length == 0)
            {
                var opened = line;
                i++;
                while (true)
                {
                    if (i >= text.Length)
                    {
                        throw new InvalidDataException($"line {opened}: a quoted field is never closed; end it with a quote (\") and double every quote inside it");
                    }

                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    if (text[i] == '\n')
                    {
                        line++;
                    }

                    field.Append(text[i++]);
                }

                if (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                {
                    throw new InvalidDataException($"line {line}: text after a closing quote; quote the whole field and double the quotes inside it");
                }

                continue;
            }

            if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
                i++;
                continue;
            }

            if (c is '\r' or '\n')
            {
                i += c == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
                EndRecord();
                line++;
                start = line;
                continue;
            }

            field.Append(c);
            i++;
        }

        EndRecord();
        return records;

        void EndRecord()
        {
            fields.Add(field.ToString());
            field.Clear();
            if (fields.Count > 1 || fields[0].Trim().Length > 0)
            {
                records.Add(new CsvRecord(start, [.. fields]));
            }

            fields.Clear();
        }
    }
}
