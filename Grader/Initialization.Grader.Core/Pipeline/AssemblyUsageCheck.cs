using System.Collections.Immutable;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Initialization.Grader.Pipeline;

/// <summary>
/// Stage 2c, the authority on what a submission may run: reads the assembly Roslyn emitted
/// (metadata, signatures, attributes and the IL of every method, with <see cref="IlReferenceReader"/>)
/// and finds every library reference <see cref="ApiPolicy"/> refuses, whoever wrote it: the
/// student, or the compiler on the student's behalf (foreach, deconstruction, collection
/// initializers, await, query syntax, using, interpolation, conversions, extension methods). An
/// <see cref="IlCallGraph"/> over the submission's own methods then decides which graded methods
/// each refused use costs, so refused code never runs.
/// </summary>
/// <remarks>
/// <para>What costs whom:</para>
/// <list type="bullet">
/// <item>a refused use in a method costs the graded methods that reach it: call it, make a delegate
/// of it, or name, create or instantiate with its type (see <see cref="IlReferenceReader"/>);
/// static initialization (static constructor, static field initializers) is reached by every member
/// of its type, so a use there costs every graded method of the class;</item>
/// <item>what acts when the assembly loads or at no chosen time costs all three: a module
/// initializer, an assembly or module attribute that is refused, a type the submission declares
/// in a System or Microsoft namespace (the compiler and the runtime recognise their types and
/// attributes, such as ModuleInitializerAttribute or DefaultInterpolatedStringHandler, by full
/// name, so declaring one gives the submission's code their meaning), and a finalizer (it runs
/// on the runtime's thread during whatever method is being graded);</item>
/// <item>what no safe C# needs is refused where it is: extern, P/Invoke, internal-call and
/// runtime-implemented methods (but for delegates), function pointers (calli), pointers, typed
/// references and __arglist, explicit layout, field marshalling, stackalloc without zeroing,
/// attributes outside the allowlist (type arguments inside attribute blobs are not read: the
/// attributes that would take them are refused themselves).</item>
/// </list>
/// <para>Messages name the API as the docs do and give the line of the instruction from the
/// embedded PDB; a use outside the graded method says where ("(in Helper, which it runs)").</para>
/// </remarks>
public static class AssemblyUsageCheck
{
    /// <summary>A refused use a graded method would run.</summary>
    /// <param name="Api">What is refused ("System.IO.File.WriteAllText").</param>
    /// <param name="Message">The sentence for the student, with the line and where it is.</param>
    public sealed record Finding(string Api, string Message);

    /// <summary>The refused uses that each graded method would run; methods without any are absent.</summary>
    /// <param name="assembly">The PE image, with its portable PDB embedded.</param>
    /// <param name="gradedType">The runtime name of the class holding the graded methods ("Namespace.Outer+Inner"), or null when there is none.</param>
    /// <param name="gradedMethods">The graded methods' names.</param>
    /// <param name="cancellationToken">Stops the check with the compilation's time limit.</param>
    /// <returns>Each affected graded method with its findings (one per refused API): those in code by line, then those in declarations.</returns>
    public static IReadOnlyDictionary<string, IReadOnlyList<Finding>> Check(byte[] assembly, string? gradedType, IEnumerable<string> gradedMethods, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(gradedMethods);
        using var pe = new PEReader(ImmutableArray.Create(assembly));
        var embedded = pe.ReadDebugDirectory().FirstOrDefault(e => e.Type == DebugDirectoryEntryType.EmbeddedPortablePdb);
        using var pdb = embedded.DataSize > 0 ? pe.ReadEmbeddedPortablePdbDebugDirectoryData(embedded) : null;
        IlReferenceReader reader;
        try
        {
            reader = IlReferenceReader.Read(pe, pdb?.GetMetadataReader(), cancellationToken);
        }
        catch (BadImageFormatException unreadable)
        {
            // Roslyn does not emit what this reader cannot read; if it ever does, nothing unchecked runs.
            IReadOnlyList<Finding> refused = [new Finding("assembly", $"the compiled code could not be checked ({unreadable.Message}), so none of it is run")];
            return gradedMethods.ToDictionary(m => m, _ => refused);
        }

        var result = new Dictionary<string, IReadOnlyList<Finding>>();
        foreach (var name in gradedMethods)
        {
            var roots = gradedType is null ? [] : reader.MethodsNamed(gradedType, name).ToList();
            var findings = IlCallGraph.Reachable(roots.Append(reader.Graph.Module))
                .SelectMany(node => node.Violations.Select(v => (Node: node, Violation: v)))
                .OrderBy(p => p.Violation.Line is null)
                .ThenBy(p => p.Violation.Line)
                .Select(p => new Finding(p.Violation.Api, Sentence(p.Node, p.Violation, name, reader.Graph.Module)))
                .DistinctBy(f => f.Api)
                .ToList();
            if (findings.Count > 0)
            {
                result[name] = findings;
            }
        }

        return result;
    }

    private static string Sentence(IlCallGraph.Node node, IlCallGraph.Violation violation, string graded, IlCallGraph.Node module)
    {
        var line = violation.Line is { } l ? $"line {l}: " : string.Empty;
        var where = node == module || node.SourceMember == graded ? string.Empty : $" (in {node.Name}, which it runs)";
        return line + violation.What + where;
    }
}
