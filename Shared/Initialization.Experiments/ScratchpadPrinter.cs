using System.Collections;
using Initialization.Shared;

namespace Initialization.Experiments;

/// <summary>
/// Prints a scratchpad value the way the notebook's <c>print</c> does: a <see cref="Matrix"/> as
/// numpy prints it, a dictionary key by key (<c>W1 = [[…]]</c>), a double as Python writes it,
/// a collection in brackets, anything else with its ToString.
/// </summary>
internal static class ScratchpadPrinter
{
    // A collection longer than this (or endless) is cut: the scratchpad is for looking, not dumping.
    private const int MaxItems = 100;

    public static string Format(object? value) => value switch
    {
        null => "null",
        string text => text,
        Matrix matrix => matrix.ToString(),
        double number => PythonFloat.Format(number),
        IDictionary dictionary => Dictionary(dictionary),
        IEnumerable items => Sequence(items),
        _ => value.ToString() ?? "",
    };

    private static string Dictionary(IDictionary dictionary)
    {
        if (dictionary.Count == 0)
        {
            return "{} (empty)";
        }

        var lines = new List<string>();
        foreach (DictionaryEntry entry in dictionary)
        {
            lines.Add($"{Format(entry.Key)} = {Format(entry.Value)}");
        }

        return string.Join('\n', lines);
    }

    private static string Sequence(IEnumerable items)
    {
        var shown = new List<string>();
        foreach (var item in items)
        {
            if (shown.Count == MaxItems)
            {
                shown.Add($"… (only the first {MaxItems} are shown)");
                break;
            }

            shown.Add(Format(item));
        }

        return $"[{string.Join(", ", shown)}]";
    }
}
