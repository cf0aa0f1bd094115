using Microsoft.CodeAnalysis;

namespace Initialization.Grader.Pipeline;

/// <summary>
/// What a submission may use from libraries: the exercise needs numbers, collections, strings and
/// the kit's Matrix and RandomState, nothing that reaches files, processes, threads, the network,
/// reflection or the runtime itself. Anything not listed here is refused (an allowlist, so new
/// framework APIs are refused until someone decides otherwise).
/// </summary>
public static class ApiPolicy
{
    /// <summary>What the refusal message tells the student is allowed.</summary>
    public const string AllowedSummary =
        "a submission may use Matrix, RandomState, Math, numbers, strings, collections, LINQ, exceptions and Console.Write/WriteLine; " +
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
        "FlagsAttribute", "ParamArrayAttribute", "Console",
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

    /// <summary>The only Console members allowed: output, which the grader captures and bounds.</summary>
    private static readonly HashSet<string> s_allowedConsoleMembers = ["Write", "WriteLine"];

    /// <summary>Whether <paramref name="symbol"/> (declared in a library) may be used.</summary>
    /// <param name="symbol">A type, method, property, field or event from a referenced assembly.</param>
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
        }

        // A constructed generic type (List<Process>) is allowed when its definition and every type argument are.
        var type = symbol as INamedTypeSymbol ?? symbol.ContainingType;
        return type is not null
            && AllowsType(type)
            && type.TypeArguments.All(Allows)
            && (symbol is INamedTypeSymbol || AllowsMember(symbol));
    }

    private static bool AllowsType(INamedTypeSymbol type)
    {
        for (var outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
        {
            type = outer;
        }

        var ns = type.ContainingNamespace?.ToDisplayString() ?? string.Empty;
        if (s_allowedNamespaces.Contains(ns))
        {
            return true;
        }

        return ns == "System" && (s_allowedSystemTypes.Contains(type.MetadataName) || IsException(type));
    }

    private static bool AllowsMember(ISymbol member)
    {
        var type = member.ContainingType.OriginalDefinition;
        var name = $"{type.ContainingNamespace?.ToDisplayString()}.{type.Name}.{member.Name}";
        if (s_refusedMembers.Contains(name))
        {
            return false;
        }

        return type.ContainingNamespace?.ToDisplayString() != "System" || type.Name != "Console" || s_allowedConsoleMembers.Contains(member.Name);
    }

    private static bool IsException(INamedTypeSymbol type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.Name == "Exception" && current.ContainingNamespace?.ToDisplayString() == "System")
            {
                return true;
            }
        }

        return false;
    }
}
