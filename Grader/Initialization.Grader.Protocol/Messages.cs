using Initialization.Grader.Protocol.Values;

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

    /// <summary>Grader → worker: run the graded class's static initialization (before its first call).</summary>
    Initialize = 10,

    /// <summary>Worker → grader: the static initialization has ended.</summary>
    Initialized = 11,
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

/// <summary>Grader → worker: call <paramref name="Method"/> with <paramref name="Arguments"/>.</summary>
/// <param name="CallId">Matches the response to the request.</param>
/// <param name="Method">The graded method's name.</param>
/// <param name="Arguments">The arguments, as canonical values (<see cref="GradedValue"/>).</param>
public sealed record CallRequest(int CallId, string Method, IReadOnlyList<object?> Arguments)
{
    /// <summary>Encodes the message as a frame payload.</summary>
    /// <returns>The bytes.</returns>
    public ReadOnlyMemory<byte> Encode() => MessageCodec.Encode(MessageKind.Call, w =>
    {
        w.Write(CallId);
        w.Write(Method);
        ValueCodec.Write(w, Arguments.ToList());
    });

    /// <summary>Decodes the body of a <see cref="MessageKind.Call"/> frame.</summary>
    /// <param name="r">A reader positioned after the kind byte.</param>
    /// <returns>The request.</returns>
    public static CallRequest Decode(BinaryReader r) =>
        new(r.ReadInt32(), r.ReadString(), ValueCodec.Read(r, new ValueBudget()) as List<object?> ?? throw new InvalidDataException("a call's arguments are not a list"));
}

/// <summary>How a call ended inside the worker.</summary>
public enum CallStatus : byte
{
    /// <summary>The method returned a value (see <see cref="CallResponse.Value"/>).</summary>
    Returned = 0,

    /// <summary>The method returned null.</summary>
    ReturnedNull = 1,

    /// <summary>The method threw (see <see cref="CallResponse.ExceptionType"/>).</summary>
    Threw = 2,

    /// <summary>The method returned more data than the worker may send back.</summary>
    TooLarge = 3,

    /// <summary>The method returned something the grader cannot read back (see <see cref="CallResponse.ExceptionMessage"/>).</summary>
    Unreadable = 4,
}

/// <summary>Worker → grader: what one call did.</summary>
/// <param name="CallId">The request's id.</param>
/// <param name="Status">How it ended.</param>
/// <param name="Value">The returned value in canonical form (null unless <see cref="CallStatus.Returned"/>).</param>
/// <param name="ExceptionType">The exception's type name when it threw.</param>
/// <param name="ExceptionMessage">The exception's message when it threw; what could not be read when unreadable.</param>
/// <param name="StackTrace">The frames of the student's code, with line numbers, when it threw.</param>
/// <param name="ArgumentsAfterCall">The arguments as the method left them (canonical values).</param>
/// <param name="ConsoleOutput">What the call wrote to Console (cut to a bound).</param>
/// <param name="Milliseconds">How long the call took inside the worker.</param>
/// <param name="FailingLine">When it threw: the line of the student's file where, from 1 (the innermost frame of the student's code); 0 when unknown.</param>
/// <param name="FailingFile">When it threw: the name of the student's file that line is in (no folder); null when unknown.</param>
public sealed record CallResponse(
    int CallId,
    CallStatus Status,
    object? Value,
    string? ExceptionType,
    string? ExceptionMessage,
    string? StackTrace,
    IReadOnlyList<object?> ArgumentsAfterCall,
    string ConsoleOutput,
    double Milliseconds,
    int FailingLine = 0,
    string? FailingFile = null)
{
    /// <summary>Encodes the message as a frame payload.</summary>
    /// <returns>The bytes.</returns>
    public ReadOnlyMemory<byte> Encode() => MessageCodec.Encode(MessageKind.CallResult, w =>
    {
        w.Write(CallId);
        w.Write((byte)Status);
        ValueCodec.Write(w, Value);
        MessageCodec.WriteNullable(w, ExceptionType);
        MessageCodec.WriteNullable(w, ExceptionMessage);
        MessageCodec.WriteNullable(w, StackTrace);
        ValueCodec.Write(w, ArgumentsAfterCall.ToList());
        w.Write(ConsoleOutput);
        w.Write(Milliseconds);
        w.Write(FailingLine);
        MessageCodec.WriteNullable(w, FailingFile);
    }, 64 * 1024);

    /// <summary>Decodes the body of a <see cref="MessageKind.CallResult"/> frame.</summary>
    /// <param name="r">A reader positioned after the kind byte.</param>
    /// <returns>The response.</returns>
    public static CallResponse Decode(BinaryReader r)
    {
        var callId = r.ReadInt32();
        var status = (CallStatus)r.ReadByte();
        // The returned value and the arguments share one budget: together they are what a call may send back.
        var budget = new ValueBudget();
        var value = ValueCodec.Read(r, budget);
        var type = MessageCodec.ReadNullable(r, ProtocolLimits.MaxTypeNameChars);
        var message = MessageCodec.ReadNullable(r, ProtocolLimits.MaxMessageChars);
        var stackTrace = MessageCodec.ReadNullable(r, ProtocolLimits.MaxStackTraceChars);
        var arguments = ValueCodec.Read(r, budget) as List<object?> ?? throw new InvalidDataException("a call's arguments are not a list");
        var console = TextBounds.ReadBounded(r, ProtocolLimits.MaxConsoleChars);
        var milliseconds = r.ReadDouble();
        var line = r.ReadInt32();
        var file = MessageCodec.ReadNullable(r, ProtocolLimits.MaxTypeNameChars);
        return new CallResponse(callId, status, value, type, message, stackTrace, arguments, console, milliseconds, Math.Max(line, 0), file);
    }
}

/// <summary>
/// Grader → worker: run the loaded class's static initialization (its static constructor and
/// static field initializers) now, before its first call. The first call would run it anyway;
/// asked for on its own, the grader can tell an initialization that never ends from a method
/// that never returns, and fail every method once instead of waiting out each one's limit.
/// </summary>
public static class InitializeRequest
{
    /// <summary>Encodes the message as a frame payload.</summary>
    /// <returns>The bytes.</returns>
    public static ReadOnlyMemory<byte> Encode() => MessageCodec.Encode(MessageKind.Initialize, _ => { });
}

/// <summary>Worker → grader: the static initialization has ended (whether it threw is left to the calls, which report it as they would have).</summary>
/// <param name="ConsoleOutput">What the initialization wrote to Console (cut to a bound).</param>
public sealed record InitializeResponse(string ConsoleOutput)
{
    /// <summary>Encodes the message as a frame payload.</summary>
    /// <returns>The bytes.</returns>
    public ReadOnlyMemory<byte> Encode() => MessageCodec.Encode(MessageKind.Initialized, w => w.Write(ConsoleOutput));

    /// <summary>Decodes the body of a <see cref="MessageKind.Initialized"/> frame.</summary>
    /// <param name="r">A reader positioned after the kind byte.</param>
    /// <returns>The response.</returns>
    public static InitializeResponse Decode(BinaryReader r) => new(TextBounds.ReadBounded(r, ProtocolLimits.MaxConsoleChars));
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
