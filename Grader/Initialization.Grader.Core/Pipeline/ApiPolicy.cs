using Microsoft.CodeAnalysis;

namespace Initialization.Grader.Pipeline;

/// <summary>
/// What a submission may use from libraries: the exercise needs numbers, collections, strings and
/// the kit's Matrix and RandomState, nothing that reaches files, processes, threads, the network,
/// reflection or the runtime itself. Anything not listed here is refused (an allowlist, so new
/// framework APIs are refused until someone decides otherwise).
/// </summary>
/// <remarks>
/// One list, decided by names, read by both checks: <see cref="AssemblyUsageCheck"/> (the
/// authority, on the emitted assembly's metadata and IL) and <see cref="ApiUsageCheck"/> (on the
/// semantic model, for the student's own words). The compiler also references APIs the student
/// never names (interpolation builds a <c>DefaultInterpolatedStringHandler</c>, a switch
/// expression throws <c>SwitchExpressionException</c>, a record compares <c>Type</c>s); those are
/// listed apart (<see cref="IsCompilerEmitted"/>), are harmless whatever the arguments, and only
/// the metadata check accepts them: a student who names one is still refused by the semantic check.
/// </remarks>
public static class ApiPolicy
{
    /// <summary>What the refusal message tells the student is allowed.</summary>
    public const string AllowedSummary =
        "a submission may use Matrix, RandomState, Math, numbers, strings, collections, LINQ, exceptions, Debug and Trace's Assert, Fail and Write/WriteLine, and Console.Write/WriteLine; " +
        "nothing that touches files, processes, threads, the network, the environment, reflection or the runtime";

    /// <summary>Namespaces whose types are all allowed (not their sub-namespaces).</summary>
    private static readonly HashSet<string> s_allowedNamespaces =
    [
        "System.Collections",
        "System.Collections.Generic",
        "System.Linq",
        "System.Text",
        "System.Globalization",
        "Initialization.Shared",
    ];

    /// <summary>Types of the System namespace that are allowed (by metadata name).</summary>
    private static readonly HashSet<string> s_allowedSystemTypes =
    [
        "Object", "String", "Math", "MathF", "Array", "Boolean", "Byte", "SByte", "Char", "Decimal", "Double", "Single",
        "Int16", "Int32", "Int64", "Int128", "UInt16", "UInt32", "UInt64", "UInt128", "Half", "Void", "Enum", "ValueType",
        "Nullable", "Nullable`1", "Span`1", "ReadOnlySpan`1", "Memory`1", "ReadOnlyMemory`1", "ArraySegment`1", "Index", "Range",
        "Tuple", "Tuple`1", "Tuple`2", "Tuple`3", "Tuple`4", "Tuple`5", "Tuple`6", "Tuple`7", "Tuple`8",
        "ValueTuple", "ValueTuple`1", "ValueTuple`2", "ValueTuple`3", "ValueTuple`4", "ValueTuple`5", "ValueTuple`6", "ValueTuple`7", "ValueTuple`8",
        "Action", "Action`1", "Action`2", "Action`3", "Action`4", "Func`1", "Func`2", "Func`3", "Func`4", "Func`5",
        "Predicate`1", "Comparison`1", "Converter`2", "Convert", "BitConverter", "DateTime", "DateTimeOffset", "TimeSpan",
        "Random", "Guid", "HashCode", "Lazy`1", "StringComparison", "StringComparer", "StringSplitOptions", "MidpointRounding",
        "IComparable", "IComparable`1", "IEquatable`1", "IDisposable", "IFormattable", "IFormatProvider", "ICloneable",
        "FormattableString", "ObsoleteAttribute", "Attribute", "AttributeUsageAttribute", "AttributeTargets",
        "FlagsAttribute", "ParamArrayAttribute", "Console", "Environment",
    ];

    /// <summary>Members refused even though their type is allowed.</summary>
    private static readonly HashSet<string> s_refusedMembers =
    [
        "System.Object.GetType",
        "System.Delegate.DynamicInvoke",
        "System.Delegate.Method",
        "System.Delegate.CreateDelegate",
        "System.Globalization.CultureInfo.DefaultThreadCurrentCulture",
        "System.Globalization.CultureInfo.DefaultThreadCurrentUICulture",
    ];

    /// <summary>
    /// Types of which only these members are allowed ("namespace.Type"): Console's output, which
    /// the grader captures and bounds; Environment's line break (a constant; the rest of
    /// Environment reaches the process); and the asserts, Fail and output of Debug and Trace: the
    /// worker makes its own listener their only one, which turns a failed assert into an exception
    /// like Python's AssertionError and drops the output, as a local run shows it nowhere (their
    /// listeners and providers, which could reach files and the process, stay refused).
    /// </summary>
    private static readonly Dictionary<string, HashSet<string>> s_onlyTheseMembers = new()
    {
        ["System.Console"] = ["Write", "WriteLine"],
        ["System.Environment"] = ["NewLine"],
        ["System.Diagnostics.Debug"] = ["Assert", "Fail", "Write", "WriteLine", "WriteIf", "WriteLineIf", "Print"],
        ["System.Diagnostics.Trace"] = ["Assert", "Fail", "Write", "WriteLine", "WriteIf", "WriteLineIf"],
    };

    /// <summary>
    /// Types outside the allowed namespaces that may be named, each limited by
    /// <see cref="s_onlyTheseMembers"/>; their nested types (the handler that builds an
    /// interpolated assert message) are allowed whole.
    /// </summary>
    private static readonly HashSet<string> s_allowedDiagnosticsTypes = ["Debug", "Trace"];

    /// <summary>
    /// APIs the compiler uses in code or metadata it writes on the student's behalf (attributes,
    /// lowering helpers): "namespace.Type" (metadata name) allows the type and all its members,
    /// "namespace.Type::member" one member (constructors are ".ctor"). Each is inert or only
    /// builds values; none reaches outside the process.
    /// </summary>
    private static readonly HashSet<string> s_compilerEmitted =
    [
        // Attributes that annotate metadata (nullability, ref safety, tuples, iterators, debugging).
        "System.Runtime.CompilerServices.CompilerGeneratedAttribute",
        "System.Runtime.CompilerServices.CompilationRelaxationsAttribute",
        "System.Runtime.CompilerServices.RuntimeCompatibilityAttribute",
        "System.Runtime.CompilerServices.ExtensionAttribute",
        "System.Runtime.CompilerServices.IsReadOnlyAttribute",
        "System.Runtime.CompilerServices.IsByRefLikeAttribute",
        "System.Runtime.CompilerServices.IsUnmanagedAttribute",
        "System.Runtime.CompilerServices.TupleElementNamesAttribute",
        "System.Runtime.CompilerServices.IteratorStateMachineAttribute",
        "System.Runtime.CompilerServices.NullableAttribute",
        "System.Runtime.CompilerServices.NullableContextAttribute",
        "System.Runtime.CompilerServices.NullablePublicOnlyAttribute",
        "System.Runtime.CompilerServices.RefSafetyRulesAttribute",
        "System.Runtime.CompilerServices.ScopedRefAttribute",
        "System.Runtime.CompilerServices.RequiresLocationAttribute",
        "System.Runtime.CompilerServices.ParamCollectionAttribute",
        "System.Runtime.CompilerServices.PreserveBaseOverridesAttribute",
        "System.Runtime.CompilerServices.RequiredMemberAttribute",
        "System.Runtime.CompilerServices.CompilerFeatureRequiredAttribute",
        "System.Runtime.CompilerServices.DecimalConstantAttribute",
        "System.Runtime.CompilerServices.DateTimeConstantAttribute",
        "System.Runtime.CompilerServices.ExtensionMarkerAttribute",
        "System.Diagnostics.CodeAnalysis.SetsRequiredMembersAttribute",
        "System.Diagnostics.DebuggableAttribute",
        "System.Diagnostics.DebuggerHiddenAttribute",
        "System.Diagnostics.DebuggerBrowsableAttribute",
        "System.Diagnostics.DebuggerStepThroughAttribute",
        "System.Diagnostics.DebuggerNonUserCodeAttribute",
        "System.Diagnostics.DebuggerDisplayAttribute",
        "System.Diagnostics.DebuggerTypeProxyAttribute",
        "System.Reflection.DefaultMemberAttribute",

        // A record's EqualityContract is typeof(itself), compared with ==.
        "System.Type::GetTypeFromHandle",
        "System.Type::op_Equality",
        "System.Type::op_Inequality",

        // Lowering: interpolated strings, array and collection initializers, params spans, ranges,
        // records, switch expressions, u8 literals and stackalloc into spans, iterators (which
        // compare thread ids), events. Not lock: Monitor is threading, refused as threads are.
        "System.Runtime.CompilerServices.DefaultInterpolatedStringHandler",
        "System.Runtime.CompilerServices.FormattableStringFactory::Create",
        "System.Runtime.CompilerServices.RuntimeHelpers::InitializeArray",
        "System.Runtime.CompilerServices.RuntimeHelpers::CreateSpan",
        "System.Runtime.CompilerServices.RuntimeHelpers::GetSubArray",
        "System.Runtime.CompilerServices.RuntimeHelpers::EnsureSufficientExecutionStack",
        "System.Runtime.CompilerServices.SwitchExpressionException",
        "System.Runtime.InteropServices.CollectionsMarshal::SetCount",
        "System.Runtime.InteropServices.CollectionsMarshal::AsSpan",
        "System.Runtime.InteropServices.ImmutableCollectionsMarshal::AsImmutableArray",
        "System.Span`1::.ctor",
        "System.ReadOnlySpan`1::.ctor",
        "System.Runtime.CompilerServices.InlineArray2`1",
        "System.Runtime.CompilerServices.InlineArray3`1",
        "System.Runtime.CompilerServices.InlineArray4`1",
        "System.Runtime.CompilerServices.InlineArray5`1",
        "System.Runtime.CompilerServices.InlineArray6`1",
        "System.Runtime.CompilerServices.InlineArray7`1",
        "System.Runtime.CompilerServices.InlineArray8`1",
        "System.Runtime.CompilerServices.InlineArray9`1",
        "System.Runtime.CompilerServices.InlineArray10`1",
        "System.Runtime.CompilerServices.InlineArray11`1",
        "System.Runtime.CompilerServices.InlineArray12`1",
        "System.Runtime.CompilerServices.InlineArray13`1",
        "System.Runtime.CompilerServices.InlineArray14`1",
        "System.Runtime.CompilerServices.InlineArray15`1",
        "System.Runtime.CompilerServices.InlineArray16`1",
        "System.Environment::get_CurrentManagedThreadId",
        "System.Threading.Interlocked::CompareExchange",
        "System.Delegate::Combine",
        "System.Delegate::Remove",
    ];

    /// <summary>
    /// Types the compiler only names, as signature modifiers, bases or a record's EqualityContract;
    /// none of their members is allowed unless listed above.
    /// </summary>
    private static readonly HashSet<string> s_compilerNamed =
    [
        "System.Runtime.CompilerServices.IsExternalInit",
        "System.Runtime.CompilerServices.IsVolatile",
        "System.Runtime.InteropServices.InAttribute",
        "System.Runtime.InteropServices.UnmanagedType",
        "System.MulticastDelegate",
        "System.Type",
    ];

    /// <summary>
    /// Members only the compiler's own helper types (<c>&lt;PrivateImplementationDetails&gt;</c>,
    /// whose name no C# source can declare) may use: its inline-array span accessors.
    /// </summary>
    private static readonly HashSet<string> s_compilerHelperOnly =
    [
        "System.Runtime.CompilerServices.Unsafe::As",
        "System.Runtime.CompilerServices.Unsafe::AsRef",
        "System.Runtime.CompilerServices.Unsafe::Add",
        "System.Runtime.InteropServices.MemoryMarshal::CreateSpan",
        "System.Runtime.InteropServices.MemoryMarshal::CreateReadOnlySpan",
    ];

    /// <summary>
    /// Types the compiler declares in the submission itself when the references lack them (all
    /// inert annotations). Any other type a submission declares in a framework namespace is refused.
    /// </summary>
    private static readonly HashSet<string> s_compilerDeclared =
    [
        "Microsoft.CodeAnalysis.EmbeddedAttribute",
        "System.Runtime.CompilerServices.NullableAttribute",
        "System.Runtime.CompilerServices.NullableContextAttribute",
        "System.Runtime.CompilerServices.NullablePublicOnlyAttribute",
        "System.Runtime.CompilerServices.RefSafetyRulesAttribute",
        "System.Runtime.CompilerServices.IsReadOnlyAttribute",
        "System.Runtime.CompilerServices.IsByRefLikeAttribute",
        "System.Runtime.CompilerServices.IsUnmanagedAttribute",
        "System.Runtime.CompilerServices.NativeIntegerAttribute",
        "System.Runtime.CompilerServices.ScopedRefAttribute",
        "System.Runtime.CompilerServices.RequiresLocationAttribute",
        "System.Runtime.CompilerServices.ParamCollectionAttribute",
        "System.Runtime.CompilerServices.ExtensionMarkerAttribute",
    ];

    /// <summary>Whether <paramref name="symbol"/> (declared in a library) may be used.</summary>
    /// <param name="symbol">A type, method, property, field or event from a referenced assembly; the submission's own types may be its type arguments.</param>
    /// <returns>True when allowed.</returns>
    public static bool Allows(ISymbol symbol)
    {
        ArgumentNullException.ThrowIfNull(symbol);
        switch (symbol)
        {
            case IArrayTypeSymbol array:
                return Allows(array.ElementType);
            case IPointerTypeSymbol or IFunctionPointerTypeSymbol or IDynamicTypeSymbol:
                return false;
            case ITypeParameterSymbol or INamespaceSymbol:
                return true;
            case INamedTypeSymbol when symbol.Locations.Any(l => l.IsInSource):
                // The student's own type as a type argument (List<Layer>): its code is checked where it is.
                return true;
        }

        // A constructed generic type (List<Process>) is allowed when its definition and every type argument are.
        var type = symbol as INamedTypeSymbol ?? symbol.ContainingType;
        if (type is null)
        {
            return false;
        }

        var outermost = type;
        while (outermost.ContainingType is { } outer)
        {
            outermost = outer;
        }

        var ns = NamespaceOf(outermost);
        return AllowsType(ns, outermost.MetadataName)
            && type.TypeArguments.All(Allows)
            && (symbol is INamedTypeSymbol || AllowsMember(NamespaceOf(type), type.Name, symbol.Name));
    }

    /// <summary>Whether a library type may be used (named, created, its members called, subject to <see cref="AllowsMember"/>).</summary>
    /// <param name="ns">The namespace of the type, or of its outermost type when nested.</param>
    /// <param name="name">The metadata name of the outermost type ("List`1").</param>
    /// <returns>True when allowed.</returns>
    public static bool AllowsType(string ns, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        // In System, every type named *Exception is an exception (a test checks it over the references).
        return s_allowedNamespaces.Contains(ns)
            || ns == "System" && (s_allowedSystemTypes.Contains(name) || name.EndsWith("Exception", StringComparison.Ordinal))
            || ns == "System.Diagnostics" && s_allowedDiagnosticsTypes.Contains(name);
    }

    /// <summary>Whether a member of an allowed library type may be used.</summary>
    /// <param name="ns">The namespace of the member's type (of its outermost type when nested).</param>
    /// <param name="type">The name of the member's own type, with or without its generic arity ("List`1").</param>
    /// <param name="member">The member's name; property and event accessors ("get_Out") count as the property or event.</param>
    /// <returns>True unless the member is refused on its own.</returns>
    public static bool AllowsMember(string ns, string type, string member)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(member);
        var typeName = MetadataNames.WithoutArity(type);
        var name = MetadataNames.WithoutAccessorPrefix(member);
        if (s_refusedMembers.Contains($"{ns}.{typeName}.{name}"))
        {
            return false;
        }

        return !s_onlyTheseMembers.TryGetValue($"{ns}.{typeName}", out var allowed) || allowed.Contains(name);
    }

    /// <summary>
    /// Whether the compiler may use a type and all its members (<paramref name="member"/> null), or
    /// one member, in the student's stead; see the remarks on <see cref="ApiPolicy"/>.
    /// </summary>
    /// <param name="ns">The namespace of the type (of its outermost type when nested).</param>
    /// <param name="type">The metadata name of the type.</param>
    /// <param name="member">The member's metadata name, or null for the type as a whole.</param>
    /// <returns>True when the compiler's use is allowed.</returns>
    public static bool IsCompilerEmitted(string ns, string type, string? member) =>
        s_compilerEmitted.Contains($"{ns}.{type}") || member is not null && s_compilerEmitted.Contains($"{ns}.{type}::{member}");

    /// <summary>
    /// Whether the compiler may name a type in the submission's own declarations: as a signature
    /// modifier, a delegate's base, a record's EqualityContract, or any type it uses as a whole.
    /// </summary>
    /// <param name="ns">The namespace of the type (of its outermost type when nested).</param>
    /// <param name="type">The metadata name of the type.</param>
    /// <returns>True when it may be named there.</returns>
    public static bool IsCompilerNamed(string ns, string type) =>
        s_compilerNamed.Contains($"{ns}.{type}") || s_compilerEmitted.Contains($"{ns}.{type}");

    /// <summary>Whether the compiler's own helper type may use a member (span accessors over inline arrays).</summary>
    /// <param name="ns">The namespace of the member's type.</param>
    /// <param name="type">The metadata name of the member's type.</param>
    /// <param name="member">The member's metadata name.</param>
    /// <returns>True when allowed inside <c>&lt;PrivateImplementationDetails&gt;</c>.</returns>
    public static bool IsCompilerHelperUse(string ns, string type, string member) => s_compilerHelperOnly.Contains($"{ns}.{type}::{member}");

    /// <summary>Whether a type the submission's assembly declares in <paramref name="ns"/> is one the compiler adds (inert annotations).</summary>
    /// <param name="ns">The namespace.</param>
    /// <param name="name">The metadata name.</param>
    /// <returns>True for the compiler's embedded attributes.</returns>
    public static bool IsCompilerDeclared(string ns, string name) => s_compilerDeclared.Contains($"{ns}.{name}");

    /// <summary>
    /// Whether <paramref name="ns"/> is System, Microsoft or below them: where the framework's
    /// types live, and the only places whose type names the compiler and the runtime give meaning to.
    /// </summary>
    /// <param name="ns">A namespace.</param>
    /// <returns>True for a framework namespace.</returns>
    public static bool IsFrameworkNamespace(string ns)
    {
        ArgumentNullException.ThrowIfNull(ns);
        return ns is "System" or "Microsoft" || ns.StartsWith("System.", StringComparison.Ordinal) || ns.StartsWith("Microsoft.", StringComparison.Ordinal);
    }

    private static string NamespaceOf(INamedTypeSymbol type)
    {
        var ns = type.ContainingNamespace;
        return ns is null || ns.IsGlobalNamespace ? string.Empty : ns.ToDisplayString();
    }
}
