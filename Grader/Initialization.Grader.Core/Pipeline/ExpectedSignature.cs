using Initialization.Grader.Protocol;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Initialization.Grader.Pipeline;

/// <summary>
/// A graded method's declaration as the exercise pack's manifest gives it, bound to the
/// submission's compilation: the parameter types it must take exactly, and the type its result
/// must convert to (identity or an implicit reference conversion, so returning a
/// <c>Dictionary</c> where an <c>IEnumerable</c> of pairs is asked for is fine).
/// </summary>
internal sealed class ExpectedSignature
{
    private readonly IReadOnlyList<ITypeSymbol> _parameters;
    private readonly ITypeSymbol _returns;
    private readonly CSharpCompilation _compilation;

    /// <summary>Binds <paramref name="spec"/>'s type names in <paramref name="compilation"/>.</summary>
    /// <exception cref="InvalidOperationException">The manifest names a type that does not exist (the pack's fault, not the student's).</exception>
    public ExpectedSignature(GradedMethodSpec spec, CSharpCompilation compilation)
    {
        Spec = spec;
        _compilation = compilation;
        _parameters = [.. spec.Parameters.Select(Resolve)];
        _returns = Resolve(spec.Returns);
    }

    /// <summary>The manifest's entry.</summary>
    public GradedMethodSpec Spec { get; }

    /// <summary>The parameter types as students write them, e.g. "int[]" or "Matrix".</summary>
    public string ParameterText => string.Join(", ", _parameters.Select(p => p.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat)));

    /// <summary>Null when one of <paramref name="overloads"/> fits; otherwise what is wrong, for the student.</summary>
    /// <param name="overloads">The submission's methods of the graded name in the graded class (at least one).</param>
    /// <returns>The problem, or null.</returns>
    public string? Problem(IReadOnlyList<IMethodSymbol> overloads)
    {
        var method = overloads.FirstOrDefault(TakesTheParameters) ?? overloads[0];
        if (method.IsStatic && !method.IsGenericMethod && method.DeclaredAccessibility == Accessibility.Public && TakesTheParameters(method) && ReturnsTheResult(method))
        {
            return null;
        }

        return $"has the wrong signature: it must be `{Spec.Signature}`, " +
            $"but yours is `{Declaration(method)}` returning {method.ReturnType.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat)}. Keep the Starter's signature.";
    }

    private static string Declaration(IMethodSymbol method) =>
        $"{(method.DeclaredAccessibility == Accessibility.Public ? "public " : string.Empty)}{(method.IsStatic ? "static " : string.Empty)}{method.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat)}";

    private bool TakesTheParameters(IMethodSymbol method) =>
        method.Parameters.Length == _parameters.Count
        && method.Parameters.Zip(_parameters).All(p => p.First.RefKind == RefKind.None && SymbolEqualityComparer.Default.Equals(p.First.Type, p.Second));

    private bool ReturnsTheResult(IMethodSymbol method)
    {
        var conversion = _compilation.ClassifyConversion(method.ReturnType, _returns);
        return conversion.IsIdentity || (conversion.IsImplicit && conversion.IsReference);
    }

    /// <summary>The type a manifest names, bound where only the grader's global usings apply.</summary>
    private ITypeSymbol Resolve(string typeName)
    {
        var usings = _compilation.SyntaxTrees[0];
        var syntax = SyntaxFactory.ParseTypeName(typeName);
        var type = _compilation.GetSemanticModel(usings).GetSpeculativeTypeInfo(usings.Length, syntax, SpeculativeBindingOption.BindAsTypeOrNamespace).Type;
        return type is null or { TypeKind: TypeKind.Error }
            ? throw new InvalidOperationException($"the exercise's manifest names the type '{typeName}', which the grader cannot find: check exercise.json")
            : type;
    }
}
