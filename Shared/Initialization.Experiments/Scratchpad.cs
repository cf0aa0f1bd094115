using System.Runtime.CompilerServices;
using Initialization.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Scripting;

namespace Initialization.Experiments;

/// <summary>
/// The scratchpad: evaluates C# typed by the student against their compiled Initializers, the
/// way a notebook runs a cell. The code may be an expression, such as
/// <c>InitializeParametersHe(new[] { 2, 4, 1 })["W1"]</c>, whose value is printed, or statements,
/// such as <c>var p = InitializeParametersZeros(new[] { 3, 2, 1 });</c>, whose variables the next
/// evaluations see.
/// </summary>
/// <remarks>
/// The code is compiled with Roslyn's C# scripting against the assembly of the student's methods
/// and Initialization.Shared, with <c>System</c>, <c>System.Collections.Generic</c>,
/// <c>System.Linq</c>, <c>Initialization.Shared</c>, <c>Initialization.Shared.Model</c>, the
/// namespace of the student's class and the class itself imported (so
/// <c>Initializers.InitializeParametersHe</c> and <c>InitializeParametersHe</c> both work).
/// One instance keeps one session's variables; it is not meant for concurrent use.
/// </remarks>
public sealed class Scratchpad
{
    private static readonly string[] s_alwaysImported =
        ["System", "System.Collections.Generic", "System.Linq", "Initialization.Shared", "Initialization.Shared.Model"];

    private static readonly CSharpParseOptions s_scriptSyntax = new(kind: SourceCodeKind.Script);

    private readonly ScriptOptions _options;
    private readonly IReadOnlyList<Experiment> _exercises;
    private ScriptState<object>? _state;

    private Scratchpad(ScriptOptions options, IReadOnlyList<Experiment> exercises)
    {
        _options = options;
        _exercises = exercises;
    }

    /// <summary>A scratchpad over the student's methods, taken from the runner's experiments.</summary>
    /// <param name="exercises">The exercises in the assignment's order (exercise 1 first), e.g. from
    /// <see cref="CourseExperiments.Create"/>: their initializers give the student's class and assembly.</param>
    /// <returns>A scratchpad with no variables yet.</returns>
    public static Scratchpad For(IReadOnlyList<Experiment> exercises)
    {
        ArgumentNullException.ThrowIfNull(exercises);
        var studentTypes = exercises
            .Select(e => e.Initializer.Method.DeclaringType)
            .OfType<Type>()
            .Distinct()
            .ToList();
        var references = studentTypes
            .Select(t => t.Assembly)
            .Append(typeof(Matrix).Assembly)
            .Append(typeof(Enumerable).Assembly)
            .Distinct();
        var imports = s_alwaysImported
            .Concat(studentTypes.Select(t => t.Namespace).OfType<string>())
            .Concat(studentTypes.Where(IsStaticClass).Select(t => t.FullName).OfType<string>())
            .Distinct();
        var options = ScriptOptions.Default
            .AddReferences(references)
            .WithImports(imports)
            .WithEmitDebugInformation(false);
        return new Scratchpad(options, exercises);
    }

    /// <summary>Whether <paramref name="code"/> is a whole piece of C#, not the start of one that goes on on the next line (an open brace, parenthesis or string).</summary>
    /// <param name="code">The lines typed so far.</param>
    /// <returns>False when more lines are needed.</returns>
    public static bool IsComplete(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var tree = CSharpSyntaxTree.ParseText(code, s_scriptSyntax);
        if (SyntaxFactory.IsCompleteSubmission(tree))
        {
            return true;
        }

        // A declaration that lacks only its closing ';' (var p = InitializeParametersHe(…)) is
        // finished too: better the compiler's "; expected" at once than a prompt waiting for more.
        // (At the top of a script such a declaration is a field.)
        return tree.GetRoot() is CompilationUnitSyntax { Members: [.., FieldDeclarationSyntax { SemicolonToken.IsMissing: true }] }
            && SyntaxFactory.IsCompleteSubmission(CSharpSyntaxTree.ParseText(code + ";", s_scriptSyntax));
    }

    /// <summary>Compiles and runs <paramref name="code"/> after everything evaluated before, and prints its value.</summary>
    /// <param name="code">C# statements, optionally ending with an expression without a semicolon.</param>
    /// <param name="cancellationToken">Stops the evaluation.</param>
    /// <returns>The printed value, or a message that explains why there is none.</returns>
    public async Task<ScratchpadResult> EvaluateAsync(string code, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(code);
        ScriptState<object> next;
        try
        {
            next = _state is null
                ? await CSharpScript.Create<object>(code, _options).RunAsync(globals: null, CatchAll, cancellationToken).ConfigureAwait(false)
                : await _state.ContinueWithAsync<object>(code, _options, CatchAll, cancellationToken).ConfigureAwait(false);
        }
        catch (CompilationErrorException e)
        {
            // Nothing ran: the variables stay as they were.
            return new ScratchpadResult(ScratchpadStatus.DoesNotCompile, ScratchpadMessages.DoesNotCompile(code, e.Diagnostics, _exercises));
        }

        // What ran before an exception stays (like a notebook cell that fails half-way).
        _state = next;
        if (next.Exception is { } thrown)
        {
            return ScratchpadMessages.Threw(thrown, _exercises);
        }

        if (!EndsWithValue(next.Script))
        {
            return new ScratchpadResult(ScratchpadStatus.Done, "");
        }

        try
        {
            return new ScratchpadResult(ScratchpadStatus.Value, ScratchpadPrinter.Format(next.ReturnValue));
        }
#pragma warning disable CA1031 // Printing runs student code (ToString, a lazy sequence): its exception becomes a message.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return ScratchpadMessages.Threw(e, _exercises);
        }
    }

    /// <summary>Compiles and runs a throwaway piece of code, outside the session, so that the first real evaluation is fast.</summary>
    /// <returns>When the compiler is ready.</returns>
    internal async Task WarmUpAsync()
    {
        try
        {
            await CSharpScript.Create<object>("new Matrix(1, 1).ToString()", _options).RunAsync(globals: null, CatchAll).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // Only a head start: the real evaluation reports any problem.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }

    // Every exception of the student's code becomes a message; none escapes to the runner.
    private static bool CatchAll(Exception e) => true;

    // A script's value is that of its last line when it is an expression without ';' that is not void.
    private static bool EndsWithValue(Script script)
    {
        var compilation = script.GetCompilation();
        var tree = compilation.SyntaxTrees.LastOrDefault();
        if (tree?.GetRoot() is not CompilationUnitSyntax { Members: [.., GlobalStatementSyntax { Statement: ExpressionStatementSyntax last }] }
            || !last.SemicolonToken.IsMissing)
        {
            return false;
        }

        var type = compilation.GetSemanticModel(tree).GetTypeInfo(last.Expression).Type;
        return type is not { SpecialType: SpecialType.System_Void };
    }

    private static bool IsStaticClass(Type type) =>
        type is { IsAbstract: true, IsSealed: true, IsNested: false } && !type.IsDefined(typeof(CompilerGeneratedAttribute), inherit: false);
}
