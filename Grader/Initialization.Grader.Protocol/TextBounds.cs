using System.Globalization;
using System.Text;

namespace Initialization.Grader.Protocol;

/// <summary>Cuts text to a bound, saying so: the one place that writes the truncation note.</summary>
public static class TextBounds
{
    /// <summary>Room the note takes beyond the bound, so that text cut once passes a second cut unchanged.</summary>
    public const int MaxNoteChars = 64;

    /// <summary>The note appended to text that was cut.</summary>
    /// <param name="dropped">How many characters were left out.</param>
    /// <returns>The note, starting on a new line.</returns>
    public static string Note(long dropped) => string.Create(CultureInfo.InvariantCulture, $"\n[... {dropped} more characters not shown]");

    /// <summary><paramref name="text"/>, or its first <paramref name="maxChars"/> characters and the note.</summary>
    /// <param name="text">The text (null stays null).</param>
    /// <param name="maxChars">The bound.</param>
    /// <returns>The text, cut when longer than the bound.</returns>
    public static string? Truncate(string? text, int maxChars)
    {
        if (text is null || text.Length <= maxChars)
        {
            return text;
        }

        return Cut(text, maxChars, 0);
    }

    /// <summary>
    /// Reads a string written by <see cref="BinaryWriter.Write(string)"/>, decoding at most what
    /// <paramref name="maxChars"/> characters need: a hostile peer's huge string costs no more
    /// memory than its frame.
    /// </summary>
    /// <param name="r">The reader.</param>
    /// <param name="maxChars">The bound (the note's room is added).</param>
    /// <returns>The string, cut to the bound.</returns>
    public static string ReadBounded(BinaryReader r, int maxChars)
    {
        ArgumentNullException.ThrowIfNull(r);
        var bytes = r.Read7BitEncodedInt();
        var left = r.BaseStream.Length - r.BaseStream.Position;
        if (bytes < 0 || bytes > left)
        {
            throw new InvalidDataException($"a string of {bytes} bytes does not fit in the rest of the message");
        }

        var bound = maxChars + MaxNoteChars;
        var decoded = Math.Min(bytes, bound * 4);
        var text = Encoding.UTF8.GetString(r.ReadBytes(decoded));
        r.BaseStream.Seek(bytes - decoded, SeekOrigin.Current);
        if (decoded == bytes)
        {
            return Truncate(text, bound)!;
        }

        // The bytes never decoded count as characters: exact for ASCII, an upper bound otherwise.
        return Cut(text, maxChars, bytes - decoded);
    }

    /// <summary>The first <paramref name="maxChars"/> characters (never half a surrogate pair) and the note.</summary>
    private static string Cut(string text, int maxChars, long alsoDropped)
    {
        var keep = Math.Min(text.Length, maxChars);
        if (keep > 0 && char.IsHighSurrogate(text[keep - 1]))
        {
            keep--;
        }

        return string.Concat(text.AsSpan(0, keep), Note(text.Length - keep + alsoDropped));
    }
}
