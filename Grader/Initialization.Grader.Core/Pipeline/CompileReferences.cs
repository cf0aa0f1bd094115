using Initialization.Shared;
using Microsoft.CodeAnalysis;

namespace Initialization.Grader.Pipeline;

/// <summary>
/// What student code is compiled against: the reference assemblies of System.Runtime,
/// System.Collections, System.Linq and System.Console (copied next to the grader at build time)
/// and the kit's Shared library. Loaded once per process and shared by every compilation.
/// </summary>
public sealed class CompileReferences
{
    private CompileReferences(IReadOnlyList<MetadataReference> all) => All = all;

    /// <summary>The metadata references.</summary>
    public IReadOnlyList<MetadataReference> All { get; }

    /// <summary>Loads the references that sit next to the grader's assembly.</summary>
    /// <returns>The references.</returns>
    /// <exception cref="InvalidOperationException">The grader was built without them.</exception>
    public static CompileReferences Load()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "compile-references");
        var framework = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.dll") : [];
        if (framework.Length == 0)
        {
            throw new InvalidOperationException($"the grader's build has no reference assemblies in {folder}; rebuild it (grade.sh does)");
        }

        var references = framework.Order(StringComparer.Ordinal)
            .Select(f => (MetadataReference)MetadataReference.CreateFromFile(f))
            .Append(MetadataReference.CreateFromFile(typeof(Matrix).Assembly.Location))
            .ToList();
        return new CompileReferences(references);
    }
}
