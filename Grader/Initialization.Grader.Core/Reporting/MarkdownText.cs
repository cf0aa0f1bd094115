using System.Text;
using System.Text.RegularExpressions;

namespace Initialization.Grader.Reporting;

/// <summary>
/// Writes text the kit does not control (feedback that quotes a submission's exception
/// messages, what its code printed) as Markdown that shows exactly that text: never a link, an
/// image, HTML, a heading or emphasis the text did not mean. Prose keeps its words and gets code
/// spans for identifiers; lines laid out in columns (matrices, tables) become fenced blocks.
/// Safe in CommonMark and GitHub Flavored Markdown (whose autolinks see only what is outside
/// code), and for MathJax, which skips code: anything that could be a URL, an e-mail address,
/// TeX or a backslash escape is put in a code span.
/// </summary>
public static partial class MarkdownText
{
    /// <summary>
    /// <paramref name="text"/> as Markdown blocks: paragraphs of consecutive lines (their line
    /// breaks kept as hard breaks), bullet lists for lines starting with "- ", and fenced blocks
    /// for laid-out lines (matrices, tabs, columns, deep indentation).
    /// </summary>
    /// <param name="text">Plain text, e.g. a test's feedback.</param>
    /// <returns>Markdown that renders as the text.</returns>
    public static string Render(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var blocks = new List<string>();
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < lines.Length;)
        {
            var kind = KindOf(lines[i]);
            var end = i;
            while (end < lines.Length && KindOf(lines[end]) == kind)
            {
                end++;
            }

            var run = lines[i..end];
            switch (kind)
            {
                case LineKind.LaidOut:
                    blocks.Add(Fenced(string.Join('\n', run)));
                    break;
                case LineKind.Bullet:
                    blocks.Add(string.Join('\n', run.Select(line => "- " + Inline(BulletPattern().Match(line).Groups["text"].Value))));
                    break;
                case LineKind.Prose:
                    blocks.Add(string.Join("  \n", run.Select(line => Inline(line.Trim()))));
                    break;
                default:
                    break;
            }

            i = end;
        }

        return string.Join("\n\n", blocks);
    }

    /// <summary><paramref name="text"/> verbatim in a fenced code block (the fence longer than any run of backticks in it).</summary>
    /// <param name="text">Any text, e.g. what a submission printed.</param>
    /// <returns>The block, without a trailing line break.</returns>
    public static string Fenced(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var fence = new string('`', Math.Max(3, LongestBacktickRun(text) + 1));
        return $"{fence}text\n{text.ReplaceLineEndings("\n").TrimEnd('\n')}\n{fence}";
    }

    /// <summary><paramref name="text"/> as one code span (the delimiters longer than any run of backticks in it).</summary>
    /// <param name="text">Text without line breaks.</param>
    /// <returns>The code span.</returns>
    public static string Code(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var ticks = new string('`', LongestBacktickRun(text) + 1);
        // A span whose text starts or ends with a backtick needs a space inside its delimiters (CommonMark strips one).
        var pad = text.StartsWith('`') || text.EndsWith('`') ? " " : string.Empty;
        return ticks + pad + text + pad + ticks;
    }

    /// <summary>
    /// One line of prose as inline Markdown: identifiers, calls and number lists in code spans,
    /// anything a renderer could turn into a link or markup in a code span or escaped.
    /// </summary>
    /// <param name="line">A line of plain text.</param>
    /// <returns>Inline Markdown that renders as the line.</returns>
    public static string Inline(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var markdown = new StringBuilder(line.Length + 16);
        var position = 0;
        foreach (Match token in TokenPattern().Matches(line))
        {
            markdown.Append(Escape(line[position..token.Index], atLineStart: position == 0));
            var code = token.Groups["risky"].Success || LooksLikeCode(token.Value);
            markdown.Append(code ? Code(token.Value) : Escape(token.Value, atLineStart: token.Index == 0));
            position = token.Index + token.Length;
        }

        markdown.Append(Escape(line[position..], atLineStart: position == 0));
        return markdown.ToString();
    }

    private enum LineKind
    {
        Blank,
        Prose,
        Bullet,
        LaidOut,
    }

    private static LineKind KindOf(string line)
    {
        if (string.IsNullOrWhiteSpace(line))
        {
            return LineKind.Blank;
        }

        if (BulletPattern().IsMatch(line))
        {
            return LineKind.Bullet;
        }

        var body = line.TrimStart();
        // Matrices ("[[ 1.5 -0.3]" and " [ 0.2 ..."), tabs and runs of spaces inside a line are layout: only a monospaced block keeps it.
        var laidOut = body.StartsWith('[') || line.Contains('\t') || body.TrimEnd().Contains("  ", StringComparison.Ordinal) || line.Length - body.Length >= 4;
        return laidOut ? LineKind.LaidOut : LineKind.Prose;
    }

    private static bool LooksLikeCode(string token)
    {
        // "e.g" and "i.e" are words, not member access.
        return !AbbreviationPattern().IsMatch(token) && (CodeWordPattern().IsMatch(token) || NumberListPattern().IsMatch(token));
    }

    /// <summary>Plain text with every character that Markdown or HTML could read as syntax made literal.</summary>
    private static string Escape(string text, bool atLineStart)
    {
        var escaped = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                // HTML and entities: as entities, which every Markdown renderer shows as the character.
                case '<':
                    escaped.Append("&lt;");
                    break;
                case '>':
                    escaped.Append("&gt;");
                    break;
                case '&':
                    escaped.Append("&amp;");
                    break;
                // Emphasis, code, links and images, strikethrough, tables, escapes, attribute lists ({.class} in some renderers).
                case '*' or '_' or '`' or '[' or ']' or '~' or '|' or '\\' or '!' or '{' or '}':
                    escaped.Append('\\').Append(c);
                    break;
                // Headings, lists, thematic breaks and setext underlines start a line.
                case '#' or '-' or '+' or '=' when atLineStart && escaped.Length == 0:
                    escaped.Append('\\').Append(c);
                    break;
                // An ordered list: digits and "." or ")" at the start of a line.
                case '.' or ')' when atLineStart && i > 0 && text[..i].All(char.IsAsciiDigit):
                    escaped.Append('\\').Append(c);
                    break;
                default:
                    escaped.Append(c);
                    break;
            }
        }

        return escaped.ToString();
    }

    private static int LongestBacktickRun(string text)
    {
        int longest = 0, run = 0;
        foreach (var c in text)
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        return longest;
    }

    /// <summary>A bullet line: optional indentation, "- " or "* " or "• ", then its text.</summary>
    [GeneratedRegex(@"^\s*[-*•]\s+(?<text>\S.*)$")]
    private static partial Regex BulletPattern();

    /// <summary>
    /// A token: a whole word that could become a link, an e-mail address, TeX, HTML or an escape
    /// outside code (group "risky"); an identifier (not inside a word) with what follows it without
    /// a space: member access, calls and indexers with their balanced arguments (spaces allowed
    /// inside), placeholders such as W{l}; or a bracketed list.
    /// </summary>
    [GeneratedRegex(@"(?<risky>(?<!\S)\S*(?:://|@|\$|\\|`|<|>|(?i:www\.))\S*)|(?<![A-Za-z0-9_])[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*|\((?:[^()\n]|\([^()\n]*\))*\)|\[(?:[^\[\]\n]|\[[^\[\]\n]*\])*\]|\{[A-Za-z0-9_]*\})*|\[[-0-9eE., ]*\]")]
    private static partial Regex TokenPattern();

    /// <summary>
    /// Code-like words: with a call, an indexer, a member access or a placeholder; camelCase or
    /// PascalCase with an inner capital; letters with digits (W1, b2); snake_case.
    /// </summary>
    [GeneratedRegex(@"^(?:[A-Za-z_]\w*(?:[.(\[{].*)|[a-z]+[A-Z]\w*|[A-Z][a-z0-9]+[A-Z]\w*|[A-Za-z]+[0-9]\w*|\w*_\w+)$")]
    private static partial Regex CodeWordPattern();

    /// <summary>Abbreviations written with dots between single letters ("e.g", "i.e").</summary>
    [GeneratedRegex(@"^[A-Za-z](?:\.[A-Za-z])+$")]
    private static partial Regex AbbreviationPattern();

    /// <summary>A bracketed list of numbers, e.g. "[2, 10, 5, 1]".</summary>
    [GeneratedRegex(@"^\[[-0-9eE., ]*[0-9][-0-9eE., ]*\]$")]
    private static partial Regex NumberListPattern();
}
