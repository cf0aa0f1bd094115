namespace Initialization.Grader.Protocol;

/// <summary>The first byte of every frame: which message follows.</summary>
public enum MessageKind : byte
{
    /// <summary>Worker → grader: started and listening.</summary>
    Ready = 1,

    /// <summary>Grader → worker: the compiled submission to load.</summary>
    Load = 2,

    /// <summary>Worker → grader: whether loading worked.</summary>
    Loaded = 3,

    /// <summary>Grader → worker: call one graded method.</summary>
    Call = 4,

    /// <summary>Worker → grader: what the call did.</summary>
    CallResult = 5,

    /// <summary>Grader → worker: unload the submission and wait for its finalizers (before the worker serves another).</summary>
    Unload = 6,

    /// <summary>Worker → grader: whether the submission's load context is gone.</summary>
    Unloaded = 7,

    /// <summary>Grader → compile child: the source to compile.</summary>
    Compile = 8,

    /// <summary>Compile child → grader: the compiled submission, or why there is none.</summary>
    Compiled = 9,
}

/// <summary>Grader → worker: load this assembly and find the graded class in it.</summary>
/// <param name="AssemblyBytes">The PE image (with embedded PDB, for line numbers in stack traces).</param>
/// <param name="TypeName">Full name of the class holding the graded methods.</param>
public sealed record LoadRequest(byte[] AssemblyBytes, string TypeName)
{
    /// <summary>Encodes the message as a frame payload.</summary>
    /// <returns>The bytes.</returns>
    public ReadOnlyMemory<byte> Encode() => MessageCodec.Encode(MessageKind.Load, w =>
    {
        w.Write(TypeName);
        w.Write(AssemblyBytes.Length);
        w.Write(AssemblyBytes);
    }, AssemblyBytes.Length + 1024);

    /// <summary>Decodes the body of a <see cref="MessageKind.Load"/> frame.</summary>
    /// <param name="r">A reader positioned after the kind byte.</param>
    /// <returns>The request.</returns>
    public static LoadRequest Decode(BinaryReader r)
    {
        var typeName = r.ReadString();
        var bytes = r.ReadBytes(r.ReadInt32());
        return new LoadRequest(bytes, typeName);
    }
}

/// <summary>Worker → grader: the outcome of loading the submission.</summary>
/// <param name="Error">Null when the class was found and loaded; otherwise what went wrong.</param>
public sealed record LoadResponse(string? Error)
{
    /// <summary>Encodes the message as a frame payload.</summary>
    /// <returns>The bytes.</returns>
    public ReadOnlyMemory<byte> Encode() => MessageCodec.Encode(MessageKind.Loaded, w => MessageCodec.WriteNullable(w, Error));

    /// <summary>Decodes the body of a <see cref="MessageKind.Loaded"/> frame.</summary>
    /// <param name="r">A reader positioned after the kind byte.</param>
    /// <returns>The response.</returns>
    public static LoadResponse Decode(BinaryReader r) => new(MessageCodec.ReadNullable(r, ProtocolLimits.MaxMessageChars));
}

/// <summary>Grader → worker: call <paramref name="Method"/>(<paramref name="LayersDims"/>).</summary>
/// <param name="CallId">Matches the response to the request.</param>
/// <param name="Method">The graded method's name.</param>
/// <param name="LayersDims">The argument.</param>
public sealed record CallRequest(int CallId, string Method, int[] LayersDims)
{
    /// <summary>Encodes the message as a frame payload.</summary>
    /// <returns>The bytes.</returns>
    public ReadOnlyMemory<byte> Encode() => MessageCodec.Encode(MessageKind.Call, w =>
    {
        w.Write(CallId);
        w.Write(Method);
        MessageCodec.WriteInts(w, LayersDims);
    });

    /// <summary>Decodes the body of a <see cref="MessageKind.Call"/> frame.</summary>
    /// <param name="r">A reader positioned after the kind byte.</param>
    /// <returns>The request.</returns>
    public static CallRequest Decode(BinaryReader r) => new(r.ReadInt32(), r.ReadString(), MessageCodec.ReadInts(r));
}

/// <summary>How a call ended inside the worker.</summary>
public enum CallStatus : byte
{
    /// <summary>The method returned a dictionary (see <see cref="CallResponse.Parameters"/>).</summary>
    Returned = 0,

    /// <summary>The method returned null.</summary>
    ReturnedNull = 1,

    /// <summary>The method threw (see <see cref="CallResponse.ExceptionType"/>).</summary>
    Threw = 2,

    /// <summary>The method returned more data than the worker may send back.</summary>
    TooLarge = 3,
}

/// <summary>One entry of the returned dictionary: a key and its matrix (null values allowed).</summary>
/// <param name="Key">The dictionary key.</param>
/// <param name="Rows">Rows of the matrix (0 when null).</param>
/// <param name="Cols">Columns of the matrix (0 when null).</param>
/// <param name="Values">The values row by row, or null when the entry's matrix was null.</param>
public sealed record ReturnedEntry(string Key, int Rows, int Cols, double[]? Values);

/// <summary>Worker → grader: what one call did.</summary>
/// <param name="CallId">The request's id.</param>
/// <param name="Status">How it ended.</param>
/// <param name="Parameters">The returned entries, in the dictionary's order (empty unless <see cref="CallStatus.Returned"/>).</param>
/// <param name="ExceptionType">The exception's type name when it threw.</param>
/// <param name="ExceptionMessage">The exception's message when it threw.</param>
/// <param name="StackTrace">The frames of the student's code, with line numbers, when it threw.</param>
/// <param name="InputAfterCall">The argument array as the method left it.</param>
/// <param name="ConsoleOutput">What the call wrote to Console (cut to a bound).</param>
/// <param name="Milliseconds">How long the call took inside the worker.</param>
public sealed record CallResponse(
    int CallId,
    CallStatus Status,
    IReadOnlyList<ReturnedEntry> Parameters,
    string? ExceptionType,
    string? ExceptionMessage,
    string? StackTrace,
    int[] InputAfterCall,
    string ConsoleOutput,
    double Milliseconds)
{
    /// <summary>Encodes the message as a frame payload.</summary>
    /// <returns>The bytes.</returns>
    public ReadOnlyMemory<byte> Encode() => MessageCodec.Encode(MessageKind.CallResult, w =>
    {
        w.Write(CallId);
        w.Write((byte)Status);
        w.Write(Parameters.Count);
        foreach (var entry in Parameters)
        {
            w.Write(entry.Key);
            w.Write(entry.Values is not null);
            if (entry.Values is not null)
            {
                w.Write(entry.Rows);
                w.Write(entry.Cols);
                MessageCodec.WriteDoubles(w, entry.Values);
            }
        }

        MessageCodec.WriteNullable(w, ExceptionType);
        MessageCodec.WriteNullable(w, ExceptionMessage);
        MessageCodec.WriteNullable(w, StackTrace);
        MessageCodec.WriteInts(w, InputAfterCall);
        w.Write(ConsoleOutput);
        w.Write(Milliseconds);
    }, EncodedSizeHint());

    /// <summary>About the encoded size (a little over): matrices dominate it.</summary>
    private int EncodedSizeHint() =>
        (int)Math.Min(int.MaxValue, 256L + (ConsoleOutput.Length * 3L) + ((ExceptionMessage?.Length ?? 0) * 3L) + ((StackTrace?.Length ?? 0) * 3L)
            + (InputAfterCall.Length * 4L) + Parameters.Sum(e => 32L + (e.Key.Length * 3L) + ((e.Values?.Length ?? 0) * 8L)));

    /// <summary>Decodes the body of a <see cref="MessageKind.CallResult"/> frame.</summary>
    /// <param name="r">A reader positioned after the kind byte.</param>
    /// <returns>The response.</returns>
    public static CallResponse Decode(BinaryReader r)
    {
        var callId = r.ReadInt32();
        var status = (CallStatus)r.ReadByte();
        var count = r.ReadInt32();
        if (count is < 0 or > ProtocolLimits.MaxReturnedEntries)
        {
            throw new InvalidDataException($"a response of {count} entries exceeds the limit of {ProtocolLimits.MaxReturnedEntries}");
        }

        var entries = new List<ReturnedEntry>(count);
        long values = 0;
        for (var i = 0; i < count; i++)
        {
            var key = TextBounds.ReadBounded(r, ProtocolLimits.MaxKeyChars);
            entries.Add(r.ReadBoolean()
                ? new ReturnedEntry(key, r.ReadInt32(), r.ReadInt32(), MessageCodec.ReadDoubles(r))
                : new ReturnedEntry(key, 0, 0, null));
            values += entries[^1].Values?.Length ?? 0;
            if (values > ProtocolLimits.MaxReturnedValues || (entries[^1] is { Values: { } read } entry && (entry.Rows < 0 || entry.Cols < 0 || (long)entry.Rows * entry.Cols != read.Length)))
            {
                throw new InvalidDataException("a response's matrices exceed the limit or do not match their shapes");
            }
        }

        var type = MessageCodec.ReadNullable(r, ProtocolLimits.MaxTypeNameChars);
        var message = MessageCodec.ReadNullable(r, ProtocolLimits.MaxMessageChars);
        var stackTrace = MessageCodec.ReadNullable(r, ProtocolLimits.MaxStackTraceChars);
        var input = MessageCodec.ReadInts(r);
        if (input.Length > ProtocolLimits.MaxArgumentLength)
        {
            throw new InvalidDataException($"an argument of {input.Length} values exceeds the limit of {ProtocolLimits.MaxArgumentLength}");
        }

        return new CallResponse(callId, status, entries, type, message, stackTrace, input, TextBounds.ReadBounded(r, ProtocolLimits.MaxConsoleChars), r.ReadDouble());
    }
}

/// <summary>Grader → worker: unload the current submission before the worker serves another.</summary>
/// <param name="Limit">How long the worker may wait for the submission's load context to be collected.</param>
public sealed record UnloadRequest(TimeSpan Limit)
{
    /// <summary>Encodes the message as a frame payload.</summary>
    /// <returns>The bytes.</returns>
    public ReadOnlyMemory<byte> Encode() => MessageCodec.Encode(MessageKind.Unload, w => w.Write((int)Limit.TotalMilliseconds));

    /// <summary>Decodes the body of a <see cref="MessageKind.Unload"/> frame.</summary>
    /// <param name="r">A reader positioned after the kind byte.</param>
    /// <returns>The request.</returns>
    public static UnloadRequest Decode(BinaryReader r) => new(TimeSpan.FromMilliseconds(r.ReadInt32()));
}

/// <summary>Worker → grader: whether the previous submission's load context is gone (its finalizers done).</summary>
/// <param name="Unloaded">True when the context was collected in time; the grader destroys the worker otherwise.</param>
public sealed record UnloadResponse(bool Unloaded)
{
    /// <summary>Encodes the message as a frame payload.</summary>
    /// <returns>The bytes.</returns>
    public ReadOnlyMemory<byte> Encode() => MessageCodec.Encode(MessageKind.Unloaded, w => w.Write(Unloaded));

    /// <summary>Decodes the body of a <see cref="MessageKind.Unloaded"/> frame.</summary>
    /// <param name="r">A reader positioned after the kind byte.</param>
    /// <returns>The response.</returns>
    public static UnloadResponse Decode(BinaryReader r) => new(r.ReadBoolean());
}
