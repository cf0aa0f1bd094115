using System.Buffers.Binary;

namespace Initialization.Grader.Protocol;

/// <summary>
/// Length-prefixed frames over a byte stream: a 4-byte little-endian length, then the payload.
/// A frame longer than the limit means the peer is broken (or hostile) and ends the conversation.
/// </summary>
public sealed class FrameStream
{
    private readonly Stream _stream;
    private readonly int _maxFrameBytes;

    /// <summary>Wraps a stream; frames above <paramref name="maxFrameBytes"/> are refused.</summary>
    /// <param name="stream">The underlying pipe.</param>
    /// <param name="maxFrameBytes">The largest payload accepted.</param>
    public FrameStream(Stream stream, int maxFrameBytes)
    {
        _stream = stream;
        _maxFrameBytes = maxFrameBytes;
    }

    /// <summary>Writes one frame and flushes it.</summary>
    /// <param name="payload">The message bytes.</param>
    public void Write(ReadOnlySpan<byte> payload)
    {
        Span<byte> header = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(header, payload.Length);
        _stream.Write(header);
        _stream.Write(payload);
        _stream.Flush();
    }

    /// <summary>Reads one frame; null at the end of the stream.</summary>
    /// <returns>The payload, or null when the peer closed the stream.</returns>
    /// <exception cref="InvalidDataException">The frame is larger than allowed or cut short.</exception>
    public byte[]? Read()
    {
        Span<byte> header = stackalloc byte[4];
        var headerRead = ReadFully(header);
        if (headerRead == 0)
        {
            return null;
        }

        if (headerRead < header.Length)
        {
            throw new InvalidDataException("the stream ended inside a frame header");
        }

        var length = BinaryPrimitives.ReadInt32LittleEndian(header);
        if (length < 0 || length > _maxFrameBytes)
        {
            throw new InvalidDataException($"a frame of {length} bytes exceeds the limit of {_maxFrameBytes}");
        }

        var payload = new byte[length];
        if (ReadFully(payload) < length)
        {
            throw new InvalidDataException("the stream ended inside a frame");
        }

        return payload;
    }

    private int ReadFully(Span<byte> buffer)
    {
        var total = 0;
        while (total < buffer.Length)
        {
            var read = _stream.Read(buffer[total..]);
            if (read == 0)
            {
                break;
            }

            total += read;
        }

        return total;
    }
}
