using System.Text;
using Initialization.Grader.Protocol;

namespace Initialization.Grader.Worker;

/// <summary>The console of student code: a writer into a <see cref="BoundedText"/>.</summary>
/// <param name="maxChars">Characters kept per call.</param>
internal sealed class BoundedTextWriter(int maxChars) : TextWriter
{
    private readonly BoundedText _text = new(maxChars);

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value) => _text.Append([value]);

    public override void Write(string? value) => _text.Append(value);

    public override void Write(char[] buffer, int index, int count) => _text.Append(buffer.AsSpan(index, count));

    /// <summary>What was written since the last call, with a note of what was cut.</summary>
    public string TakeText() => _text.Take();
}
