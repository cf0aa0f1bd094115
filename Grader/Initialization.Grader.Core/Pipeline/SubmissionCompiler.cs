using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;
using System.Text;
using Initialization.Grader.Protocol;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Emit;

namespace Initialization.Grader.Pipeline;

/// <summary>
/// Stage 2: compiles the submission with Roslyn, in memory, against <see cref="CompileReferences"/>.
/// A compile error inside one graded method costs only that method: its body is replaced by a
/// stub and the rest compiled again. An error anywhere else costs every graded method. What is
/// graded (the class, its methods and their declarations) comes with each compile, from the
/// exercise pack's manifest.
/// </summary>
public sealed class SubmissionCompiler(CompileReferences references, bool enforceApiPolicy = true)
{
    private const int MaxErrorsShown = 6;

    /// <summary>
    /// DEBUG and TRACE as in the student's own (Debug) build: Debug.Assert and Trace.Assert stay
    /// in the code and fail like Python's assert, and #if DEBUG code runs as it did for them.
    /// Nullable analysis does not run ("run-nullable-analysis": "never"): it only ever warns, and
    /// nobody reads the warnings, yet it was a fifth of Roslyn's work on a submission (the emit
    /// and the allowlist's semantic check alike); the nullable context stays enabled, so the same
    /// code compiles to the same errors as in the student's own build.
    /// </summary>
    private static readonly CSharpParseOptions s_parseOptions = new CSharpParseOptions(LanguageVersion.Latest, preprocessorSymbols: ["DEBUG", "TRACE"])
        .WithFeatures([new("run-nullable-analysis", "never")]);
    private static readonly SyntaxTree s_globalUsings = CSharpSyntaxTree.ParseText(Template("GlobalUsings.cs.template"), s_parseOptions, "GlobalUsings.cs", Encoding.UTF8);
    private static readonly BlockSyntax s_brokenBody = (BlockSyntax)SyntaxFactory.ParseStatement(Template("CompileErrorBody.cs.template"));
    // Debug, as the student's own build: the JIT then keeps every line's place in the code, so an
    // exception names the line that threw (optimized code maps it to an earlier statement).
    private static readonly CSharpCompilationOptions s_options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)
        .WithOptimizationLevel(OptimizationLevel.Debug)
        .WithNullableContextOptions(NullableContextOptions.Enable)
        .WithAllowUnsafe(false)
        .WithDeterministic(true)
        .WithConcurrentBuild(false);

    private static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> s_nothingRefused = new Dictionary<string, IReadOnlyList<string>>();

    private static readonly EmitOptions s_emitOptions = new(debugInformationFormat: DebugInformationFormat.Embedded);

    /// <summary>What the warm-up sample declares (<see cref="WarmUp"/>).</summary>
    private static readonly GradedClassSpec s_warmUpSpec = new(
        "Sample",
        [new GradedMethodSpec("Initialize", "public static Dictionary<string, Matrix> Initialize(int[] layersDims)", ["int[]"], "System.Collections.Generic.IEnumerable<System.Collections.Generic.KeyValuePair<string, Initialization.Shared.Matrix>>")]);

    /// <summary>
    /// Compiles a sample of a submission's kind (Templates/WarmUp.cs.template) with both
    /// allowlist checks and throws the result away: a compile child started ahead of grading
    /// loads and compiles Roslyn's code then, instead of during the first submission.
    /// </summary>
    public void WarmUp() => Compile(new SubmissionSource("WarmUp.cs", Template("WarmUp.cs.template")), s_warmUpSpec, CancellationToken.None);

    /// <summary>Compiles the submission.</summary>
    /// <param name="source">The student's file.</param>
    /// <param name="graded">What the submission must declare.</param>
    /// <param name="cancellationToken">Stops a compilation that takes too long.</param>
    /// <returns>The assembly and each graded method's availability.</returns>
    public CompiledSubmission Compile(SubmissionSource source, GradedClassSpec graded, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(graded);
        var names = graded.MethodNames;
        var tree = CSharpSyntaxTree.ParseText(source.Text, s_parseOptions, source.FileName, Encoding.UTF8, cancellationToken);
        var compilation = Create(tree);

        // The semantic allowlist check binds the code on a second core while the first one emits it.
        var semantic = enforceApiPolicy ? Task.Run(() => ApiUsageCheck.Check(compilation, tree, names, cancellationToken), cancellationToken) : null;
        var (assembly, errors) = Emit(compilation, cancellationToken);
        if (assembly is not null)
        {
            var gradedClass = GradedClass(compilation, graded);
            var refused = semantic is null ? s_nothingRefused : Refused(semantic.GetAwaiter().GetResult(), assembly, gradedClass, names, cancellationToken);
            return Inspect(compilation, graded, gradedClass, assembly, brokenMethods: new Dictionary<string, string>(), refused);
        }

        var declarations = GradedMethodDeclarations(tree, names);
        var inMethod = new Dictionary<string, List<Diagnostic>>();
        var outside = new List<Diagnostic>();
        foreach (var error in errors)
        {
            var owner = declarations.FirstOrDefault(g => g.Value.FullSpan.Contains(error.Location.SourceSpan)).Key;
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
            var problem = $"could not be compiled: your file has errors outside {TheGradedMethods(names.Count)}, so none of them can run.\n{Describe(outside, tree)}";
            return new CompiledSubmission(null, null, names.ToDictionary(m => m, _ => new MethodAvailability(problem)));
        }

        // Only graded methods are broken: stub them out and compile the rest again.
        var root = tree.GetRoot(cancellationToken).ReplaceNodes(
            inMethod.Keys.Select(name => declarations[name]),
            (original, _) => original.WithBody(s_brokenBody).WithExpressionBody(null).WithSemicolonToken(default));
        var repairedTree = tree.WithRootAndOptions(root, tree.Options);
        var repaired = compilation.ReplaceSyntaxTree(tree, repairedTree);
        var (repairedAssembly, stillBroken) = Emit(repaired, cancellationToken);
        var broken = inMethod.ToDictionary(kv => kv.Key, kv => $"did not compile:\n{Describe(kv.Value, tree)}");
        if (repairedAssembly is null)
        {
            var problem = $"could not be compiled:\n{Describe(errors.Concat(stillBroken), tree)}";
            return new CompiledSubmission(null, null, names.ToDictionary(m => m, _ => new MethodAvailability(problem)));
        }

        var repairedClass = GradedClass(repaired, graded);
        var repairedRefused = enforceApiPolicy
            ? Refused(ApiUsageCheck.Check(repaired, repairedTree, names, cancellationToken), repairedAssembly, repairedClass, names, cancellationToken)
            : s_nothingRefused;
        return Inspect(repaired, graded, repairedClass, repairedAssembly, broken, repairedRefused);
    }

    /// <summary>Both allowlist checks: the one on the emitted assembly decides, the semantic one adds what the student named and words it better.</summary>
    private static IReadOnlyDictionary<string, IReadOnlyList<string>> Refused(
        IReadOnlyDictionary<string, IReadOnlyList<string>> semantic, byte[] assembly, INamedTypeSymbol? gradedClass, IReadOnlyList<string> names, CancellationToken cancellationToken) =>
        RefusedUses.Combine(semantic, AssemblyUsageCheck.Check(assembly, gradedClass is null ? null : RuntimeName(gradedClass), names, cancellationToken));

    /// <summary>The class holding the graded methods: the one with the exercise's class name if it has any, else the one with the most of them.</summary>
    private static INamedTypeSymbol? GradedClass(CSharpCompilation compilation, GradedClassSpec graded)
    {
        var candidates = GradedMethodSymbols(compilation, graded.MethodNames);
        return candidates.Select(m => m.ContainingType)
            .OrderByDescending(t => t.Name == graded.ClassName)
            .ThenByDescending(t => candidates.Count(m => SymbolEqualityComparer.Default.Equals(m.ContainingType, t)))
            .FirstOrDefault();
    }

    private static List<IMethodSymbol> GradedMethodSymbols(CSharpCompilation compilation, IReadOnlyList<string> names) =>
        names
            .SelectMany(name => compilation.GetSymbolsWithName(name, SymbolFilter.Member).OfType<IMethodSymbol>())
            .ToList();

    /// <summary>"the three graded methods", "the graded method", …: what an error outside them costs.</summary>
    private static string TheGradedMethods(int count) => count switch
    {
        1 => "the graded method",
        2 => "the two graded methods",
        3 => "the three graded methods",
        _ => $"the {count} graded methods",
    };

    /// <summary>The compilation of <paramref name="tree"/> with the grader's references and options (internal for the allowlist's tests).</summary>
    internal CSharpCompilation Create(SyntaxTree tree) =>
        CSharpCompilation.Create("Submission", [GlobalUsingsFor(tree), tree], references.All, s_options);

    /// <summary>The global usings with <paramref name="tree"/>'s parse options, as a compilation's trees must agree on their features (the allowlist's tests parse without DEBUG and without the grader's features).</summary>
    private static SyntaxTree GlobalUsingsFor(SyntaxTree tree) =>
        tree.Options == s_globalUsings.Options ? s_globalUsings : s_globalUsings.WithRootAndOptions(s_globalUsings.GetRoot(), tree.Options);

    /// <summary>Emits the assembly with its embedded PDB (internal for the allowlist's tests).</summary>
    internal static (byte[]? Assembly, ImmutableArray<Diagnostic> Errors) Emit(CSharpCompilation compilation, CancellationToken cancellationToken)
    {
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream, options: s_emitOptions, cancellationToken: cancellationToken);
        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToImmutableArray();
        return (result.Success ? stream.ToArray() : null, errors);
    }

    /// <summary>Finds the graded methods in the compiled code, checks their signatures and the APIs they would run.</summary>
    private static CompiledSubmission Inspect(CSharpCompilation compilation, GradedClassSpec graded, INamedTypeSymbol? gradedClass, byte[] assembly, Dictionary<string, string> brokenMethods, IReadOnlyDictionary<string, IReadOnlyList<string>> refused)
    {
        var candidates = GradedMethodSymbols(compilation, graded.MethodNames);

        var methods = new Dictionary<string, MethodAvailability>();
        foreach (var spec in graded.Methods)
        {
            var name = spec.Name;
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

            var expected = new ExpectedSignature(spec, compilation);
            var found = candidates.Where(m => m.Name == name && SymbolEqualityComparer.Default.Equals(m.ContainingType, gradedClass)).ToList();
            methods[name] = found.Count == 0
                ? new MethodAvailability(Missing(expected, compilation, gradedClass))
                : expected.Problem(found) is { } problem ? new MethodAvailability(problem) : MethodAvailability.Callable;
        }

        return new CompiledSubmission(assembly, gradedClass is null ? null : RuntimeName(gradedClass), methods);
    }

    private static string Missing(ExpectedSignature expected, CSharpCompilation compilation, INamedTypeSymbol? gradedClass)
    {
        var name = expected.Spec.Name;
        var close = compilation.GetSymbolsWithName(_ => true, SymbolFilter.Member).OfType<IMethodSymbol>()
            .Where(m => m.MethodKind == MethodKind.Ordinary && m.Name != name && Distance(m.Name.ToUpperInvariant(), name.ToUpperInvariant()) <= 3)
            .Select(m => m.Name)
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();
        var where = gradedClass is null ? "in your file" : $"in class {gradedClass.Name}";
        var hint = close.Count > 0 ? $" You have {string.Join(", ", close.Select(c => $"'{c}'"))}: the grader calls the method by its exact name." : string.Empty;
        return $"was not found: there is no method {name}({expected.ParameterText}) {where}: did you rename it?{hint}";
    }

    private static Dictionary<string, MethodDeclarationSyntax> GradedMethodDeclarations(SyntaxTree tree, IReadOnlyList<string> names)
    {
        var result = new Dictionary<string, MethodDeclarationSyntax>();
        foreach (var method in tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>())
        {
            var name = method.Identifier.ValueText;
            if (names.Contains(name) && !result.ContainsKey(name))
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
