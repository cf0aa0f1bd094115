using System.Text;
using Initialization.Grader.Protocol;

namespace Initialization.Grader.Worker;

/// <summary>
/// Console output of student code: kept up to a bound, then only counted, so that an output
/// flood costs neither memory nor time in the grader.
/// </summary>
internal sealed class BoundedTextWriter(int maxChars) : TextWriter
{
    private readonly StringBuilder _text = new();
    private long _dropped;

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value)
    {
        lock (_text)
        {
            if (_text.Length < maxChars)
            {
                _text.Append(value);
            }
            else
            {
                _dropped++;
            }
        }
    }

    public override void Write(string? value)
    {
        if (value is null)
        {
            return;
        }

        lock (_text)
        {
            var room = Math.Max(0, maxChars - _text.Length);
            _text.Append(value, 0, Math.Min(room, value.Length));
            _dropped += Math.Max(0, value.Length - room);
        }
    }

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    /// <summary>What was written since the last call, with a note of what was cut.</summary>
    public string TakeText()
    {
        lock (_text)
        {
            var text = _dropped > 0 ? _text + TextBounds.Note(_dropped) : _text.ToString();
            _text.Clear();
            _dropped = 0;
            return text;
        }
    }
}
