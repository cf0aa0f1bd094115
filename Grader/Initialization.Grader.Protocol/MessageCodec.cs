using System.Runtime.InteropServices;

namespace Initialization.Grader.Protocol;

/// <summary>Binary encoding helpers shared by the messages (little-endian, as BinaryWriter writes).</summary>
public static class MessageCodec
{
    /// <summary>A payload: the kind byte, then what <paramref name="body"/> writes.</summary>
    /// <param name="kind">The message kind.</param>
    /// <param name="body">Writes the fields.</param>
    /// <param name="capacity">The expected size, so that a large message is written once, without regrowing.</param>
    /// <returns>The payload bytes (a view of the buffer written into, not a copy).</returns>
    public static ReadOnlyMemory<byte> Encode(MessageKind kind, Action<BinaryWriter> body, int capacity = 256)
    {
        ArgumentNullException.ThrowIfNull(body);
        var buffer = new MemoryStream(capacity);
        using (var writer = new BinaryWriter(buffer, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            writer.Write((byte)kind);
            body(writer);
        }

        return buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
    }

    /// <summary>Splits a payload into its kind and a reader over the body.</summary>
    /// <param name="payload">The frame payload.</param>
    /// <returns>The kind and a reader positioned after it.</returns>
    public static (MessageKind Kind, BinaryReader Body) Open(byte[] payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        if (payload.Length == 0)
        {
            throw new InvalidDataException("an empty frame has no message kind");
        }

        return ((MessageKind)payload[0], new BinaryReader(new MemoryStream(payload, 1, payload.Length - 1)));
    }

    /// <summary>
    /// Decodes an answer from a process that may send anything (a worker running student code, a
    /// compile child): null when there is none, it is of another kind, or its body is malformed.
    /// </summary>
    /// <typeparam name="T">The message type.</typeparam>
    /// <param name="payload">The frame payload, or null when none came.</param>
    /// <param name="kind">The kind expected.</param>
    /// <param name="decode">Reads the body.</param>
    /// <returns>The message, or null.</returns>
    public static T? TryOpen<T>(byte[]? payload, MessageKind kind, Func<BinaryReader, T> decode)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(decode);
        try
        {
            return payload is not null && Open(payload) is var (actual, body) && actual == kind ? decode(body) : null;
        }
        catch (Exception exception) when (exception is InvalidDataException or EndOfStreamException or IOException or FormatException or OverflowException)
        {
            // A hostile child may send any bytes: a malformed length or string is no answer.
            return null;
        }
    }

    /// <summary>Writes a string that may be null.</summary>
    /// <param name="w">The writer.</param>
    /// <param name="value">The string or null.</param>
    public static void WriteNullable(BinaryWriter w, string? value)
    {
        ArgumentNullException.ThrowIfNull(w);
        w.Write(value is not null);
        if (value is not null)
        {
            w.Write(value);
        }
    }

    /// <summary>Reads what <see cref="WriteNullable"/> wrote.</summary>
    /// <param name="r">The reader.</param>
    /// <returns>The string or null.</returns>
    public static string? ReadNullable(BinaryReader r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return r.ReadBoolean() ? r.ReadString() : null;
    }

    /// <summary>Reads what <see cref="WriteNullable"/> wrote, cut to <paramref name="maxChars"/> (see <see cref="TextBounds.ReadBounded"/>).</summary>
    /// <param name="r">The reader.</param>
    /// <param name="maxChars">The bound.</param>
    /// <returns>The string or null.</returns>
    public static string? ReadNullable(BinaryReader r, int maxChars)
    {
        ArgumentNullException.ThrowIfNull(r);
        return r.ReadBoolean() ? TextBounds.ReadBounded(r, maxChars) : null;
    }

    /// <summary>Writes a length-prefixed int array.</summary>
    /// <param name="w">The writer.</param>
    /// <param name="values">The values.</param>
    public static void WriteInts(BinaryWriter w, int[] values)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(values);
        w.Write(values.Length);
        w.Write(MemoryMarshal.AsBytes(values.AsSpan()));
    }

    /// <summary>Reads what <see cref="WriteInts"/> wrote.</summary>
    /// <param name="r">The reader.</param>
    /// <returns>The values.</returns>
    public static int[] ReadInts(BinaryReader r)
    {
        ArgumentNullException.ThrowIfNull(r);
        var values = new int[CheckedCount(r.ReadInt32(), sizeof(int), r)];
        r.BaseStream.ReadExactly(MemoryMarshal.AsBytes(values.AsSpan()));
        return values;
    }

    /// <summary>Writes a length-prefixed double array, bit for bit.</summary>
    /// <param name="w">The writer.</param>
    /// <param name="values">The values.</param>
    public static void WriteDoubles(BinaryWriter w, ReadOnlySpan<double> values)
    {
        ArgumentNullException.ThrowIfNull(w);
        w.Write(values.Length);
        w.Write(MemoryMarshal.AsBytes(values));
    }

    /// <summary>Reads what <see cref="WriteDoubles"/> wrote.</summary>
    /// <param name="r">The reader.</param>
    /// <returns>The values.</returns>
    public static double[] ReadDoubles(BinaryReader r)
    {
        ArgumentNullException.ThrowIfNull(r);
        var values = new double[CheckedCount(r.ReadInt32(), sizeof(double), r)];
        r.BaseStream.ReadExactly(MemoryMarshal.AsBytes(values.AsSpan()));
        return values;
    }

    private static int CheckedCount(int count, int size, BinaryReader r)
    {
        if (count < 0 || (long)count * size > r.BaseStream.Length - r.BaseStream.Position)
        {
            throw new InvalidDataException($"an array of {count} items does not fit in the rest of the message");
        }

        return count;
    }
}
