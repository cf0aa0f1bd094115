namespace Initialization.Grader.Pipeline;

/// <summary>
/// Puts the two allowlist checks' findings together into what each graded method is told. The
/// check on the emitted assembly (<see cref="AssemblyUsageCheck"/>) is the authority; the
/// semantic check (<see cref="ApiUsageCheck"/>) still refuses what the student names that the
/// compiler alone may use, and it reads better (it points at the student's words), so where it
/// found something its messages come first and the assembly check adds only the APIs it missed.
/// </summary>
public static class RefusedUses
{
    /// <summary>Enough to act on; compiler-made code (an async helper) can refuse a dozen APIs at once.</summary>
    private const int MaxShown = 8;

    /// <summary>Each refused graded method with the sentences that say why.</summary>
    /// <param name="semantic">The semantic check's findings.</param>
    /// <param name="assembly">The assembly check's findings.</param>
    /// <returns>Each method either check refuses, with its messages.</returns>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Combine(
        IReadOnlyDictionary<string, IReadOnlyList<string>> semantic,
        IReadOnlyDictionary<string, IReadOnlyList<AssemblyUsageCheck.Finding>> assembly)
    {
        ArgumentNullException.ThrowIfNull(semantic);
        ArgumentNullException.ThrowIfNull(assembly);
        var result = new Dictionary<string, IReadOnlyList<string>>();
        foreach (var method in semantic.Keys.Union(assembly.Keys))
        {
            var words = semantic.GetValueOrDefault(method) ?? [];
            var missed = (assembly.GetValueOrDefault(method) ?? [])
                .Where(f => !words.Any(w => w.Contains(f.Api, StringComparison.Ordinal)))
                .Select(f => f.Message);
            List<string> all = [.. words, .. missed];
            result[method] = all.Count <= MaxShown ? all : [.. all.Take(MaxShown), $"… and {all.Count - MaxShown} more"];
        }

        return result;
    }
}
