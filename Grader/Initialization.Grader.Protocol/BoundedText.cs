using System.Text;

namespace Initialization.Grader.Protocol;

/// <summary>
/// Text kept up to a bound, then only counted: what student code prints, wherever it is
/// collected (the worker's console, a child's raw output, a submission's output across calls),
/// so an output flood costs neither memory nor time. Thread-safe. The text comes back with
/// <see cref="TextBounds.Note"/> saying how much was cut.
/// </summary>
/// <param name="maxChars">Characters kept.</param>
public sealed class BoundedText(int maxChars)
{
    private readonly StringBuilder _text = new();
    private long _dropped;

    /// <summary>The text so far, with a note of what was cut.</summary>
    public string Text
    {
        get
        {
            lock (_text)
            {
                return _dropped > 0 ? _text + TextBounds.Note(_dropped) : _text.ToString();
            }
        }
    }

    /// <summary>Appends what fits and counts the rest.</summary>
    /// <param name="text">The text.</param>
    public void Append(ReadOnlySpan<char> text)
    {
        lock (_text)
        {
            var room = Math.Max(0, maxChars - _text.Length);
            _text.Append(text[..Math.Min(room, text.Length)]);
            _dropped += Math.Max(0, text.Length - room);
        }
    }

    /// <summary>Appends <paramref name="text"/> as a block of lines (a newline added when it lacks one); nothing for empty text.</summary>
    /// <param name="text">The text.</param>
    public void AppendLines(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        lock (_text)
        {
            Append(text);
            if (!text.EndsWith('\n'))
            {
                Append("\n");
            }
        }
    }

    /// <summary>The text so far (with its note), which is then forgotten.</summary>
    /// <returns>The text.</returns>
    public string Take()
    {
        lock (_text)
        {
            var text = Text;
            _text.Clear();
            _dropped = 0;
            return text;
        }
    }
}
