using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Initialization.Grader.Pipeline;

/// <summary>
/// Stage 2b: finds every use of a library API that <see cref="ApiPolicy"/> refuses that the
/// student wrote, with the Roslyn semantic model, and works out which graded methods it affects.
/// A use inside a graded method costs that method; a use in a helper costs the methods that reach
/// the helper; a use in a static constructor or field initializer costs every method of the class
/// (that code runs before any of them), and a refused attribute (such as a module initializer)
/// costs all of them.
/// </summary>
/// <remarks>
/// Not the authority: the symbols it sees miss what the compiler calls on the student's behalf
/// (foreach, deconstruction, collection initializers, await, query syntax, using, interpolation)
/// and calls through extension methods, and it trusts every type the submission declares.
/// <see cref="AssemblyUsageCheck"/> reads the emitted assembly and decides; this check stays
/// because its messages point at the student's own words, and because it refuses what the student
/// names even where the compiler leaves no trace (Debug.Assert) or where only the compiler may use
/// an API (<see cref="ApiPolicy.IsCompilerEmitted"/>), and dynamic and __arglist outright.
/// <see cref="RefusedUses"/> puts the two together.
/// </remarks>
public static class ApiUsageCheck
{
    private const string Module = "module";
    private const string ExternRefused = "an extern (P/Invoke) method is not allowed here";

    /// <summary>Full names without keywords, so "System.Object.GetType" reads the way the docs name it.</summary>
    private static readonly SymbolDisplayFormat s_qualified = new(
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces,
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters);

    /// <summary>The refused uses that each graded method would run, as sentences; methods without any are absent.</summary>
    /// <param name="compilation">The compiled submission.</param>
    /// <param name="tree">The student's file.</param>
    /// <param name="gradedMethods">The graded methods' names.</param>
    /// <param name="cancellationToken">Stops the analysis with the compilation's time limit.</param>
    /// <returns>Each affected graded method with its problems.</returns>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Check(CSharpCompilation compilation, SyntaxTree tree, IEnumerable<string> gradedMethods, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(compilation);
        var graph = new UsageGraph(compilation.GetSemanticModel(tree), cancellationToken);
        graph.Walk(tree.GetRoot(cancellationToken));

        var result = new Dictionary<string, IReadOnlyList<string>>();
        foreach (var name in gradedMethods)
        {
            var roots = graph.GradedMethodNodes(name);
            var problems = graph.Reachable([.. roots, Module])
                .SelectMany(node => graph.ViolationsOf(node).Select(v => (Node: node, Violation: v)))
                .OrderBy(p => p.Violation.Line)
                .Select(p => $"line {p.Violation.Line}: {p.Violation.What}" + (roots.Contains(p.Node) ? string.Empty : $" (in {graph.NameOf(p.Node)}, which it runs)"))
                .Distinct()
                .ToList();
            if (problems.Count > 0)
            {
                result[name] = problems;
            }
        }

        return result;
    }

    /// <summary>A refused use: where, and what.</summary>
    private sealed record Violation(int Line, string What);

    /// <summary>
    /// The student's code as a graph: a node per member (method, accessor, constructor, and per
    /// type its static and its instance initialization), the refused uses inside each node, and
    /// an edge from each node to the nodes it can run.
    /// </summary>
    private sealed class UsageGraph(SemanticModel model, CancellationToken cancellationToken)
    {
        private readonly Dictionary<string, List<Violation>> _violations = [];
        private readonly Dictionary<string, HashSet<string>> _edges = [];
        private readonly Dictionary<string, string> _names = new() { [Module] = "an attribute that runs when the assembly loads" };
        private readonly Dictionary<string, List<string>> _graded = [];

        public void Walk(SyntaxNode root)
        {
            // A call the compiler removes (Debug.Assert without DEBUG) runs nothing, arguments included.
            foreach (var node in root.DescendantNodesAndSelf(n => !IsRemovedCall(n)).Where(n => !IsRemovedCall(n)))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var owner = Owner(node);
                if (node is BaseMethodDeclarationSyntax or AccessorDeclarationSyntax && model.GetDeclaredSymbol(node, cancellationToken) is { } member)
                {
                    DeclareMember(member);
                    if (member.IsExtern)
                    {
                        Refuse(Key(member), node, ExternRefused);
                    }
                }
                else if (node is LocalFunctionStatementSyntax && owner is not null && model.GetDeclaredSymbol(node, cancellationToken) is { IsExtern: true })
                {
                    // A local function's code is part of the member it is declared in.
                    Refuse(owner, node, ExternRefused);
                }

                if (owner is not null)
                {
                    Inspect(node, owner);
                }
            }
        }

        /// <summary>Whether <paramref name="node"/> calls a [Conditional] method none of whose symbols is defined: the compiler leaves no trace of it.</summary>
        private bool IsRemovedCall(SyntaxNode node) =>
            node is InvocationExpressionSyntax invocation
            && model.GetSymbolInfo(invocation, cancellationToken).Symbol is IMethodSymbol method
            && method.GetAttributes().Where(a => a.AttributeClass?.ToDisplayString() == "System.Diagnostics.ConditionalAttribute").ToList() is { Count: > 0 } conditions
            && conditions.All(c => c.ConstructorArguments is [{ Value: string symbol }] && !invocation.SyntaxTree.Options.PreprocessorSymbolNames.Contains(symbol));

        public List<string> GradedMethodNodes(string name) => _graded.TryGetValue(name, out var nodes) ? nodes : [];

        public IEnumerable<Violation> ViolationsOf(string node) => _violations.TryGetValue(node, out var list) ? list : [];

        public string NameOf(string node) => _names.GetValueOrDefault(node, node);

        public IEnumerable<string> Reachable(IEnumerable<string> roots)
        {
            var seen = new HashSet<string>();
            var pending = new Stack<string>(roots);
            while (pending.TryPop(out var node))
            {
                if (seen.Add(node) && _edges.TryGetValue(node, out var next))
                {
                    foreach (var target in next)
                    {
                        pending.Push(target);
                    }
                }
            }

            return seen;
        }

        /// <summary>Every member runs its type's static initialization first; constructors also run the field initializers.</summary>
        private void DeclareMember(ISymbol member)
        {
            var node = Key(member);
            if (member is IMethodSymbol { MethodKind: MethodKind.Ordinary } method && method.ContainingType is not null)
            {
                if (!_graded.TryGetValue(method.Name, out var list))
                {
                    _graded[method.Name] = list = [];
                }

                if (!list.Contains(node))
                {
                    list.Add(node);
                }
            }

            if (member.ContainingType is { } type)
            {
                Link(node, StaticInitialization(type));
                if (member is IMethodSymbol { MethodKind: MethodKind.Constructor })
                {
                    Link(node, InstanceInitialization(type));
                }
            }
        }

        private void Inspect(SyntaxNode node, string owner)
        {
            if (node.Kind() is SyntaxKind.ArgListExpression or SyntaxKind.MakeRefExpression or SyntaxKind.RefValueExpression or SyntaxKind.RefTypeExpression)
            {
                Refuse(owner, node, "__arglist, __makeref, __refvalue and __reftype are not allowed here");
            }

            if (node is ExpressionSyntax expression)
            {
                if (model.GetTypeInfo(expression, cancellationToken).Type is IDynamicTypeSymbol)
                {
                    Refuse(owner, node, "dynamic is not allowed here");
                    return;
                }

                // Overloaded operators and user-defined conversions are calls too.
                if (model.GetConversion(expression, cancellationToken).MethodSymbol is { } conversion)
                {
                    Use(conversion, node, owner);
                }
            }

            var info = model.GetSymbolInfo(node, cancellationToken);
            foreach (var symbol in info.Symbol is { } used ? [used] : info.CandidateSymbols)
            {
                Use(symbol, node, owner);
            }
        }

        private void Use(ISymbol symbol, SyntaxNode node, string owner)
        {
            if (symbol is ILocalSymbol or IParameterSymbol or ILabelSymbol or IRangeVariableSymbol or IDiscardSymbol or INamespaceSymbol or ITypeParameterSymbol)
            {
                return;
            }

            if (symbol.Locations.Any(l => l.IsInSource))
            {
                foreach (var target in Targets(symbol))
                {
                    Link(owner, target);
                }

                return;
            }

            if (symbol is IAliasSymbol alias)
            {
                Use(alias.Target, node, owner);
                return;
            }

            if (!ApiPolicy.Allows(symbol))
            {
                Refuse(owner, node, $"{Display(symbol)} is not allowed here");
            }
        }

        /// <summary>The nodes that using the student's <paramref name="symbol"/> can run.</summary>
        private IEnumerable<string> Targets(ISymbol symbol)
        {
            switch (symbol)
            {
                case IMethodSymbol { MethodKind: MethodKind.LocalFunction or MethodKind.AnonymousFunction }:
                    return [];
                case IMethodSymbol method:
                    return [Key(method), StaticInitialization(method.ContainingType)];
                case IPropertySymbol property:
                    return new[] { property.GetMethod, property.SetMethod }.OfType<IMethodSymbol>().Select(Key).Append(StaticInitialization(property.ContainingType));
                case IFieldSymbol or IEventSymbol:
                    return [StaticInitialization(symbol.ContainingType), InstanceInitialization(symbol.ContainingType)];
                case INamedTypeSymbol type:
                    // Naming or creating the student's type may run any of its code: constructors,
                    // finalizer, overrides that the framework calls back.
                    return type.GetMembers().SelectMany(m => m is IPropertySymbol p ? Targets(p) : m is IMethodSymbol ? [Key(m)] : [])
                        .Append(StaticInitialization(type)).Append(InstanceInitialization(type));
                default:
                    return [];
            }
        }

        /// <summary>The node whose code <paramref name="node"/> is part of, or null outside any code.</summary>
        private string? Owner(SyntaxNode node)
        {
            foreach (var ancestor in node.Ancestors())
            {
                switch (ancestor)
                {
                    case AttributeSyntax attribute when IsModuleInitializer(attribute):
                        // A module initializer runs when the assembly loads, before any graded method.
                        return Module;
                    case AttributeListSyntax { Parent: { } decorated }:
                        return DeclarationOwner(decorated);
                    case AccessorDeclarationSyntax or BaseMethodDeclarationSyntax:
                        return model.GetDeclaredSymbol(ancestor, cancellationToken) is { } member ? Key(member) : null;
                    case ArrowExpressionClauseSyntax { Parent: BasePropertyDeclarationSyntax property }:
                        return model.GetDeclaredSymbol(property, cancellationToken) is IPropertySymbol { GetMethod: { } getter } ? Key(getter) : null;
                    case EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent.Parent: FieldDeclarationSyntax field } declarator }:
                        return model.GetDeclaredSymbol(declarator, cancellationToken) is IFieldSymbol f
                            ? f.IsStatic || f.IsConst ? StaticInitialization(f.ContainingType) : InstanceInitialization(f.ContainingType)
                            : null;
                    case EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax declaredProperty }:
                        return model.GetDeclaredSymbol(declaredProperty, cancellationToken) is IPropertySymbol p
                            ? p.IsStatic ? StaticInitialization(p.ContainingType) : InstanceInitialization(p.ContainingType)
                            : null;
                    case BaseTypeDeclarationSyntax type:
                        // Base types, primary constructors and their arguments belong to creating an instance.
                        return model.GetDeclaredSymbol(type, cancellationToken) is { } declaredType ? InstanceInitialization(declaredType) : null;
                }
            }

            return null;
        }

        private bool IsModuleInitializer(AttributeSyntax attribute) =>
            model.GetSymbolInfo(attribute, cancellationToken).Symbol?.ContainingType?.Name == "ModuleInitializerAttribute";

        /// <summary>The node an attribute on <paramref name="declaration"/> belongs to: the member it decorates (a local function's is the member it is declared in), or its type's creation.</summary>
        private string? DeclarationOwner(SyntaxNode declaration) => model.GetDeclaredSymbol(declaration, cancellationToken) switch
        {
            INamedTypeSymbol type => InstanceInitialization(type),
            IMethodSymbol { MethodKind: MethodKind.LocalFunction } => Owner(declaration),
            IMethodSymbol method => Key(method),
            IPropertySymbol property => property.GetMethod is { } getter ? Key(getter) : InstanceInitialization(property.ContainingType),
            { ContainingType: { } type } => InstanceInitialization(type),
            _ => Owner(declaration),
        };

        private string Key(ISymbol member)
        {
            var key = member.OriginalDefinition.GetDocumentationCommentId() ?? member.ToDisplayString();
            _names.TryAdd(key, member switch
            {
                IMethodSymbol { MethodKind: MethodKind.StaticConstructor } m => $"the static constructor of {m.ContainingType.Name}",
                IMethodSymbol { MethodKind: MethodKind.Constructor } m => $"a constructor of {m.ContainingType.Name}",
                IMethodSymbol { AssociatedSymbol: IPropertySymbol p } => $"the property {p.Name}",
                _ => member.Name,
            });
            return key;
        }

        private string StaticInitialization(INamedTypeSymbol type)
        {
            var key = "static " + Key(type);
            _names[key] = $"the static initialization of {type.Name}";
            foreach (var constructor in type.StaticConstructors)
            {
                Link(key, Key(constructor));
            }

            return key;
        }

        private string InstanceInitialization(INamedTypeSymbol type)
        {
            var key = "instance " + Key(type);
            _names[key] = $"the creation of a {type.Name}";
            Link(key, StaticInitialization(type));
            return key;
        }

        private void Link(string from, string to)
        {
            if (!_edges.TryGetValue(from, out var targets))
            {
                _edges[from] = targets = [];
            }

            targets.Add(to);
        }

        private void Refuse(string owner, SyntaxNode node, string what)
        {
            if (!_violations.TryGetValue(owner, out var list))
            {
                _violations[owner] = list = [];
            }

            var line = node.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
            if (!list.Contains(new Violation(line, what)))
            {
                list.Add(new Violation(line, what));
            }
        }

        private static string Display(ISymbol symbol) => symbol switch
        {
            INamedTypeSymbol type => type.ToDisplayString(s_qualified),
            IMethodSymbol { MethodKind: MethodKind.Constructor } constructor => $"new {constructor.ContainingType.ToDisplayString(s_qualified)}(…)",
            _ => $"{symbol.ContainingType?.ToDisplayString(s_qualified)}.{symbol.Name}",
        };
    }
}
