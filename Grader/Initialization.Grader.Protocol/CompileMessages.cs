namespace Initialization.Grader.Protocol;

/// <summary>One graded method as the compiler checks it (from the exercise pack's manifest).</summary>
/// <param name="Name">The method's name.</param>
/// <param name="Signature">The declaration students are shown when theirs does not fit.</param>
/// <param name="Parameters">The parameters' C# type names.</param>
/// <param name="Returns">The C# type name the return type must convert to.</param>
public sealed record GradedMethodSpec(string Name, string Signature, IReadOnlyList<string> Parameters, string Returns);

/// <summary>What a submission must declare: the graded class's simple name and its methods.</summary>
/// <param name="ClassName">The graded class's simple name.</param>
/// <param name="Methods">The graded methods, in rubric order.</param>
public sealed record GradedClassSpec(string ClassName, IReadOnlyList<GradedMethodSpec> Methods)
{
    /// <summary>The methods' names, in rubric order.</summary>
    public IReadOnlyList<string> MethodNames { get; } = [.. Methods.Select(m => m.Name)];

    /// <summary>Writes the spec.</summary>
    /// <param name="w">The writer.</param>
    public void Write(BinaryWriter w)
    {
        ArgumentNullException.ThrowIfNull(w);
        w.Write(ClassName);
        w.Write(Methods.Count);
        foreach (var method in Methods)
        {
            w.Write(method.Name);
            w.Write(method.Signature);
            w.Write(method.Parameters.Count);
            foreach (var parameter in method.Parameters)
            {
                w.Write(parameter);
            }

            w.Write(method.Returns);
        }
    }

    /// <summary>Reads what <see cref="Write"/> wrote.</summary>
    /// <param name="r">The reader.</param>
    /// <returns>The spec.</returns>
    public static GradedClassSpec Read(BinaryReader r)
    {
        ArgumentNullException.ThrowIfNull(r);
        var className = r.ReadString();
        var methods = new List<GradedMethodSpec>();
        for (var count = Bounded(r.ReadInt32(), ProtocolLimits.MaxMethods); count > 0; count--)
        {
            var name = r.ReadString();
            var signature = r.ReadString();
            var parameters = new List<string>();
            for (var p = Bounded(r.ReadInt32(), ProtocolLimits.MaxMethods); p > 0; p--)
            {
                parameters.Add(r.ReadString());
            }

            methods.Add(new GradedMethodSpec(name, signature, parameters, r.ReadString()));
        }

        return new GradedClassSpec(className, methods);
    }

    private static int Bounded(int count, int max) =>
        count is < 0 || count > max ? throw new InvalidDataException($"{count} items exceed the limit of {max}") : count;
}

/// <summary>Grader → compile child: compile this source within <paramref name="Limit"/>.</summary>
/// <param name="FileName">The submission's file name (compile errors name it).</param>
/// <param name="Text">The source.</param>
/// <param name="Graded">What the submission must declare.</param>
/// <param name="EnforceApiPolicy">False only for the tests that switch the allowlist off to reach the sandbox.</param>
/// <param name="Limit">The compile time limit; the child ends itself soon after it, should the grader be gone.</param>
public sealed record CompileRequest(string FileName, string Text, GradedClassSpec Graded, bool EnforceApiPolicy, TimeSpan Limit)
{
    /// <summary>Encodes the message as a frame payload.</summary>
    /// <returns>The bytes.</returns>
    public ReadOnlyMemory<byte> Encode() => MessageCodec.Encode(MessageKind.Compile, w =>
    {
        w.Write(FileName);
        w.Write(Text);
        Graded.Write(w);
        w.Write(EnforceApiPolicy);
        w.Write((int)Limit.TotalMilliseconds);
    }, (Text.Length * 3) + 4096);

    /// <summary>Decodes the body of a <see cref="MessageKind.Compile"/> frame.</summary>
    /// <param name="r">A reader positioned after the kind byte.</param>
    /// <returns>The request.</returns>
    public static CompileRequest Decode(BinaryReader r) =>
        new(r.ReadString(), r.ReadString(), GradedClassSpec.Read(r), r.ReadBoolean(), TimeSpan.FromMilliseconds(r.ReadInt32()));
}

/// <summary>How a compile ended inside the compile child.</summary>
public enum CompileStatus : byte
{
    /// <summary>Roslyn finished: see the assembly (null when nothing compiled) and each method's problem.</summary>
    Compiled = 0,

    /// <summary>The code is nested too deeply for the compiler's stack.</summary>
    TooDeep = 1,

    /// <summary>Compiling hit the child's heap limit.</summary>
    OutOfMemory = 2,

    /// <summary>The compiler failed (a fault of the grader; see the message).</summary>
    Failed = 3,
}

/// <summary>Compile child → grader: the compiled submission, or why there is none.</summary>
/// <param name="Status">How the compile ended.</param>
/// <param name="Assembly">The PE image, or null when nothing compiled.</param>
/// <param name="TypeName">The graded class's runtime name, or null.</param>
/// <param name="Methods">Each graded method and why it cannot run (null when it can).</param>
/// <param name="Failure">What went wrong when <see cref="CompileStatus.Failed"/>.</param>
public sealed record CompileResponse(CompileStatus Status, byte[]? Assembly, string? TypeName, IReadOnlyList<KeyValuePair<string, string?>> Methods, string? Failure)
{
    /// <summary>Encodes the message as a frame payload, cutting every text to its bound.</summary>
    /// <returns>The bytes.</returns>
    public ReadOnlyMemory<byte> Encode() => MessageCodec.Encode(MessageKind.Compiled, w =>
    {
        w.Write((byte)Status);
        w.Write(Assembly is not null);
        if (Assembly is not null)
        {
            w.Write(Assembly.Length);
            w.Write(Assembly);
        }

        MessageCodec.WriteNullable(w, TextBounds.Truncate(TypeName, ProtocolLimits.MaxTypeNameChars));
        w.Write(Methods.Count);
        foreach (var (method, problem) in Methods)
        {
            w.Write(TextBounds.Truncate(method, ProtocolLimits.MaxTypeNameChars)!);
            MessageCodec.WriteNullable(w, TextBounds.Truncate(problem, ProtocolLimits.MaxProblemChars));
        }

        MessageCodec.WriteNullable(w, TextBounds.Truncate(Failure, ProtocolLimits.MaxMessageChars));
    }, (Assembly?.Length ?? 0) + (Methods.Count * ProtocolLimits.MaxProblemChars) + 1024);

    /// <summary>Decodes the body of a <see cref="MessageKind.Compiled"/> frame, cutting every text to its bound.</summary>
    /// <param name="r">A reader positioned after the kind byte.</param>
    /// <returns>The response.</returns>
    /// <exception cref="InvalidDataException">The response breaks the protocol's limits.</exception>
    public static CompileResponse Decode(BinaryReader r)
    {
        ArgumentNullException.ThrowIfNull(r);
        var status = (CompileStatus)r.ReadByte();
        byte[]? assembly = null;
        if (r.ReadBoolean())
        {
            var length = r.ReadInt32();
            if (length is < 0 or > ProtocolLimits.MaxAssemblyBytes || length > r.BaseStream.Length - r.BaseStream.Position)
            {
                throw new InvalidDataException($"an assembly of {length} bytes exceeds the limit or the message");
            }

            assembly = r.ReadBytes(length);
        }

        var typeName = MessageCodec.ReadNullable(r, ProtocolLimits.MaxTypeNameChars);
        var count = r.ReadInt32();
        if (count is < 0 or > ProtocolLimits.MaxMethods)
        {
            throw new InvalidDataException($"a compile response of {count} methods exceeds the limit of {ProtocolLimits.MaxMethods}");
        }

        var methods = new List<KeyValuePair<string, string?>>(count);
        for (var i = 0; i < count; i++)
        {
            methods.Add(new(TextBounds.ReadBounded(r, ProtocolLimits.MaxTypeNameChars), MessageCodec.ReadNullable(r, ProtocolLimits.MaxProblemChars)));
        }

        return new CompileResponse(status, assembly, typeName, methods, MessageCodec.ReadNullable(r, ProtocolLimits.MaxMessageChars));
    }
}
