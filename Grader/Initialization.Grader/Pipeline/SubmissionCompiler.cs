using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;
using System.Text;
using Initialization.Grader.HiddenTests.Subject;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Emit;

namespace Initialization.Grader.Pipeline;

/// <summary>
/// Stage 2: compiles the submission with Roslyn, in memory, against <see cref="CompileReferences"/>.
/// A compile error inside one graded method costs only that method: its body is replaced by a
/// stub and the rest compiled again. An error anywhere else costs all three.
/// </summary>
public sealed class SubmissionCompiler(CompileReferences references, bool enforceApiPolicy = true)
{
    private const int MaxErrorsShown = 6;

    private static readonly CSharpParseOptions s_parseOptions = new(LanguageVersion.Latest);
    private static readonly SyntaxTree s_globalUsings = CSharpSyntaxTree.ParseText(Template("GlobalUsings.cs.template"), s_parseOptions, "GlobalUsings.cs", Encoding.UTF8);
    private static readonly BlockSyntax s_brokenBody = (BlockSyntax)SyntaxFactory.ParseStatement(Template("CompileErrorBody.cs.template"));
    private static readonly CSharpCompilationOptions s_options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)
        .WithOptimizationLevel(OptimizationLevel.Release)
        .WithNullableContextOptions(NullableContextOptions.Enable)
        .WithAllowUnsafe(false)
        .WithDeterministic(true)
        .WithConcurrentBuild(false);

    private static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> s_nothingRefused = new Dictionary<string, IReadOnlyList<string>>();

    private static readonly EmitOptions s_emitOptions = new(debugInformationFormat: DebugInformationFormat.Embedded);

    /// <summary>Compiles the submission.</summary>
    /// <param name="source">The student's file.</param>
    /// <param name="cancellationToken">Stops a compilation that takes too long.</param>
    /// <returns>The assembly and each graded method's availability.</returns>
    public CompiledSubmission Compile(SubmissionSource source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        var tree = CSharpSyntaxTree.ParseText(source.Text, s_parseOptions, source.FileName, Encoding.UTF8, cancellationToken);
        var compilation = Create(tree);

        // The semantic allowlist check binds the code on a second core while the first one emits it.
        var semantic = enforceApiPolicy ? Task.Run(() => ApiUsageCheck.Check(compilation, tree, GradedMethods.All, cancellationToken), cancellationToken) : null;
        var (assembly, errors) = Emit(compilation, cancellationToken);
        if (assembly is not null)
        {
            var gradedClass = GradedClass(compilation);
            var refused = semantic is null ? s_nothingRefused : Refused(semantic.GetAwaiter().GetResult(), assembly, gradedClass, cancellationToken);
            return Inspect(compilation, gradedClass, assembly, brokenMethods: new Dictionary<string, string>(), refused);
        }

        var graded = GradedMethodDeclarations(tree);
        var inMethod = new Dictionary<string, List<Diagnostic>>();
        var outside = new List<Diagnostic>();
        foreach (var error in errors)
        {
            var owner = graded.FirstOrDefault(g => g.Value.FullSpan.Contains(error.Location.SourceSpan)).Key;
            if (owner is null)
            {
                outside.Add(error);
            }
            else
            {
                (inMethod.TryGetValue(owner, out var list) ? list : inMethod[owner] = []).Add(error);
            }
        }

        if (outside.Count > 0)
        {
            var problem = $"could not be compiled: your file has errors outside the three graded methods, so none of them can run.\n{Describe(outside, tree)}";
            return new CompiledSubmission(null, null, GradedMethods.All.ToDictionary(m => m, _ => new MethodAvailability(problem)));
        }

        // Only graded methods are broken: stub them out and compile the rest again.
        var root = tree.GetRoot(cancellationToken).ReplaceNodes(
            inMethod.Keys.Select(name => graded[name]),
            (original, _) => original.WithBody(s_brokenBody).WithExpressionBody(null).WithSemicolonToken(default));
        var repairedTree = tree.WithRootAndOptions(root, tree.Options);
        var repaired = compilation.ReplaceSyntaxTree(tree, repairedTree);
        var (repairedAssembly, stillBroken) = Emit(repaired, cancellationToken);
        var broken = inMethod.ToDictionary(kv => kv.Key, kv => $"did not compile:\n{Describe(kv.Value, tree)}");
        if (repairedAssembly is null)
        {
            var problem = $"could not be compiled:\n{Describe(errors.Concat(stillBroken), tree)}";
            return new CompiledSubmission(null, null, GradedMethods.All.ToDictionary(m => m, _ => new MethodAvailability(problem)));
        }

        var repairedClass = GradedClass(repaired);
        var repairedRefused = enforceApiPolicy
            ? Refused(ApiUsageCheck.Check(repaired, repairedTree, GradedMethods.All, cancellationToken), repairedAssembly, repairedClass, cancellationToken)
            : s_nothingRefused;
        return Inspect(repaired, repairedClass, repairedAssembly, broken, repairedRefused);
    }

    /// <summary>Both allowlist checks: the one on the emitted assembly decides, the semantic one adds what the student named and words it better.</summary>
    private static IReadOnlyDictionary<string, IReadOnlyList<string>> Refused(
        IReadOnlyDictionary<string, IReadOnlyList<string>> semantic, byte[] assembly, INamedTypeSymbol? gradedClass, CancellationToken cancellationToken) =>
        RefusedUses.Combine(semantic, AssemblyUsageCheck.Check(assembly, gradedClass is null ? null : RuntimeName(gradedClass), GradedMethods.All, cancellationToken));

    /// <summary>The class holding the graded methods: Initializers if it has any, else the one with the most of them.</summary>
    private static INamedTypeSymbol? GradedClass(CSharpCompilation compilation)
    {
        var candidates = GradedMethodSymbols(compilation);
        return candidates.Select(m => m.ContainingType)
            .OrderByDescending(t => t.Name == "Initializers")
            .ThenByDescending(t => candidates.Count(m => SymbolEqualityComparer.Default.Equals(m.ContainingType, t)))
            .FirstOrDefault();
    }

    private static List<IMethodSymbol> GradedMethodSymbols(CSharpCompilation compilation) =>
        GradedMethods.All
            .SelectMany(name => compilation.GetSymbolsWithName(name, SymbolFilter.Member).OfType<IMethodSymbol>())
            .ToList();

    /// <summary>The compilation of <paramref name="tree"/> with the grader's references and options (internal for the allowlist's tests).</summary>
    internal CSharpCompilation Create(SyntaxTree tree) =>
        CSharpCompilation.Create("Submission", [s_globalUsings, tree], references.All, s_options);

    /// <summary>Emits the assembly with its embedded PDB (internal for the allowlist's tests).</summary>
    internal static (byte[]? Assembly, ImmutableArray<Diagnostic> Errors) Emit(CSharpCompilation compilation, CancellationToken cancellationToken)
    {
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream, options: s_emitOptions, cancellationToken: cancellationToken);
        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToImmutableArray();
        return (result.Success ? stream.ToArray() : null, errors);
    }

    /// <summary>Finds the graded methods in the compiled code, checks their signatures and the APIs they would run.</summary>
    private static CompiledSubmission Inspect(CSharpCompilation compilation, INamedTypeSymbol? gradedClass, byte[] assembly, Dictionary<string, string> brokenMethods, IReadOnlyDictionary<string, IReadOnlyList<string>> refused)
    {
        var candidates = GradedMethodSymbols(compilation);

        var methods = new Dictionary<string, MethodAvailability>();
        foreach (var name in GradedMethods.All)
        {
            if (brokenMethods.TryGetValue(name, out var broken))
            {
                methods[name] = new MethodAvailability(broken);
                continue;
            }

            if (refused.TryGetValue(name, out var uses))
            {
                methods[name] = new MethodAvailability(
                    $"was not run: it uses what the grader does not allow ({ApiPolicy.AllowedSummary}).\n{string.Join("\n", uses.Select(u => "  " + u))}");
                continue;
            }

            var found = candidates.Where(m => m.Name == name && SymbolEqualityComparer.Default.Equals(m.ContainingType, gradedClass)).ToList();
            methods[name] = found.Count == 0
                ? new MethodAvailability(Missing(name, compilation, gradedClass))
                : SignatureProblem(found, compilation) is { } problem ? new MethodAvailability(problem) : MethodAvailability.Callable;
        }

        return new CompiledSubmission(assembly, gradedClass is null ? null : RuntimeName(gradedClass), methods);
    }

    private static string? SignatureProblem(List<IMethodSymbol> overloads, CSharpCompilation compilation)
    {
        var expected = compilation.CreateArrayTypeSymbol(compilation.GetSpecialType(SpecialType.System_Int32));
        var method = overloads.FirstOrDefault(m => m.Parameters.Length == 1 && SymbolEqualityComparer.Default.Equals(m.Parameters[0].Type, expected)) ?? overloads[0];
        var returnsParameters = ReturnsParameters(method.ReturnType, compilation);
        if (method.IsStatic && method.Parameters.Length == 1 && SymbolEqualityComparer.Default.Equals(method.Parameters[0].Type, expected) && returnsParameters && !method.IsGenericMethod)
        {
            return null;
        }

        return $"has the wrong signature: it must be `public static Dictionary<string, Matrix> {method.Name}(int[] layersDims)`, " +
            $"but yours is `{method.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat)}` returning {method.ReturnType.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat)}. Keep the Starter's signature.";
    }

    private static bool ReturnsParameters(ITypeSymbol type, CSharpCompilation compilation)
    {
        var matrix = compilation.GetTypeByMetadataName("Initialization.Shared.Matrix");
        var pair = compilation.GetTypeByMetadataName("System.Collections.Generic.KeyValuePair`2");
        var enumerable = compilation.GetTypeByMetadataName("System.Collections.Generic.IEnumerable`1");
        if (matrix is null || pair is null || enumerable is null)
        {
            return false;
        }

        var wanted = enumerable.Construct(pair.Construct(compilation.GetSpecialType(SpecialType.System_String), matrix));
        var conversion = compilation.ClassifyConversion(type, wanted);
        return conversion.IsIdentity || conversion.IsImplicit && conversion.IsReference;
    }

    private static string Missing(string name, CSharpCompilation compilation, INamedTypeSymbol? gradedClass)
    {
        var close = compilation.GetSymbolsWithName(_ => true, SymbolFilter.Member).OfType<IMethodSymbol>()
            .Where(m => m.MethodKind == MethodKind.Ordinary && m.Name != name && Distance(m.Name.ToUpperInvariant(), name.ToUpperInvariant()) <= 3)
            .Select(m => m.Name)
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();
        var where = gradedClass is null ? "in your file" : $"in class {gradedClass.Name}";
        var hint = close.Count > 0 ? $" You have {string.Join(", ", close.Select(c => $"'{c}'"))}: the grader calls the method by its exact name." : string.Empty;
        return $"was not found: there is no method {name}(int[]) {where}: did you rename it?{hint}";
    }

    private static Dictionary<string, MethodDeclarationSyntax> GradedMethodDeclarations(SyntaxTree tree)
    {
        var result = new Dictionary<string, MethodDeclarationSyntax>();
        foreach (var method in tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>())
        {
            var name = method.Identifier.ValueText;
            if (GradedMethods.All.Contains(name) && !result.ContainsKey(name))
            {
                result[name] = method;
            }
        }

        return result;
    }

    /// <summary>Compiler errors as students read them: line, column, code, message and the line itself; no machine paths.</summary>
    private static string Describe(IEnumerable<Diagnostic> errors, SyntaxTree tree)
    {
        var all = errors.OrderBy(e => e.Location.SourceSpan.Start).ToList();
        var lines = tree.GetText().Lines;
        var text = new StringBuilder();
        foreach (var error in all.Take(MaxErrorsShown))
        {
            var position = error.Location.GetLineSpan().StartLinePosition;
            text.Append(CultureInfo.InvariantCulture, $"  line {position.Line + 1}, column {position.Character + 1}: error {error.Id}: {error.GetMessage(CultureInfo.InvariantCulture)}\n");
            if (error.Location.IsInSource && error.Location.SourceTree == tree && position.Line < lines.Count)
            {
                text.Append(CultureInfo.InvariantCulture, $"      {lines[position.Line].ToString().Trim()}\n");
            }
        }

        if (all.Count > MaxErrorsShown)
        {
            text.Append(CultureInfo.InvariantCulture, $"  … and {all.Count - MaxErrorsShown} more errors\n");
        }

        return text.ToString().TrimEnd();
    }

    private static string RuntimeName(INamedTypeSymbol type)
    {
        var name = type.MetadataName;
        for (var outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
        {
            name = outer.MetadataName + "+" + name;
        }

        var ns = type.ContainingNamespace;
        return ns is null || ns.IsGlobalNamespace ? name : ns.ToDisplayString() + "." + name;
    }

    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            previous = current;
        }

        return previous[b.Length];
    }

    private static string Template(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"the grader's template {name} is not embedded");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
