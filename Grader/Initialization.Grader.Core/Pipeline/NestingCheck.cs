namespace Initialization.Grader.Pipeline;

/// <summary>
/// A cheap look at the raw text before the compiler sees it: how deeply brackets nest. Real
/// submissions stay below a dozen levels; thousands of levels are an attack on the compiler,
/// which would spend minutes (or its stack) on them.
/// </summary>
public static class NestingCheck
{
    /// <summary>Deeper nesting is refused as not gradable.</summary>
    public const int MaxDepth = 256;

    /// <summary>The deepest nesting of (), [] and {} outside comments, strings and character literals.</summary>
    /// <param name="text">C# source text.</param>
    /// <returns>The maximum depth reached.</returns>
    public static int DeepestNesting(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int depth = 0, deepest = 0;
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '/' when i + 1 < text.Length && text[i + 1] == '/':
                    i = End(text, text.IndexOf('\n', i));
                    break;
                case '/' when i + 1 < text.Length && text[i + 1] == '*':
                    i = End(text, text.IndexOf("*/", i + 2, StringComparison.Ordinal) + 1);
                    break;
                case '"' or '\'':
                    i = SkipLiteral(text, i);
                    break;
                case '(' or '[' or '{':
                    deepest = Math.Max(deepest, ++depth);
                    break;
                case ')' or ']' or '}':
                    depth = Math.Max(0, depth - 1);
                    break;
            }
        }

        return deepest;
    }

    /// <summary>Skips a string or character literal (escapes; verbatim strings' doubled quotes); returns its last index.</summary>
    private static int SkipLiteral(string text, int start)
    {
        var quote = text[start];
        var verbatim = start > 0 && text[start - 1] == '@';
        for (var i = start + 1; i < text.Length; i++)
        {
            if (!verbatim && text[i] == '\\')
            {
                i++;
            }
            else if (text[i] == quote)
            {
                if (verbatim && i + 1 < text.Length && text[i + 1] == quote)
                {
                    i++;
                }
                else
                {
                    return i;
                }
            }
            else if (text[i] == '\n' && !verbatim)
            {
                return i;
            }
        }

        return text.Length;
    }

    private static int End(string text, int index) => index < 0 ? text.Length : index;
}
