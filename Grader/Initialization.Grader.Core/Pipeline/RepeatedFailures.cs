namespace Initialization.Grader.Pipeline;

/// <summary>
/// Says each distinct failure of a method once: a stub, an exception or a compile error fails
/// every hidden test of its method with the same explanation. The first test that shows it keeps
/// it (once, even when several of its cases hit it) and lists the other tests it fails; those
/// say "Same failure as …" instead. Scores and the per-test entries are unchanged.
/// </summary>
internal static class RepeatedFailures
{
    /// <summary>Shorter texts could occur by chance in unrelated feedback.</summary>
    private const int MinExplanationChars = 12;

    private const string ParagraphBreak = "\n\n";

    /// <summary>The feedback of <paramref name="results"/> (in rubric order) with repeated failures said once.</summary>
    /// <param name="results">One result per test, raw feedback.</param>
    /// <param name="failures">Each method's distinct failure explanations, as the calls gave them.</param>
    /// <param name="caseName">A test's name as the student reads it (its description).</param>
    /// <returns>The results, their feedback condensed.</returns>
    public static List<TestResult> Condense(IReadOnlyList<TestResult> results, IReadOnlyDictionary<string, List<string>> failures, Func<TestResult, string> caseName)
    {
        var condensed = results.ToList();
        foreach (var (method, explanations) in failures)
        {
            foreach (var explanation in explanations.Where(e => e.Length >= MinExplanationChars))
            {
                var affected = Enumerable.Range(0, condensed.Count)
                    .Where(i => condensed[i].Method == method && !condensed[i].Passed && condensed[i].Feedback.Contains(explanation, StringComparison.Ordinal))
                    .ToList();
                if (affected.Count == 0)
                {
                    continue;
                }

                var first = condensed[affected[0]];
                var others = affected.Skip(1).Select(i => $"\"{caseName(condensed[i])}\"").ToList();
                var also = others.Count == 0 ? string.Empty : $"{ParagraphBreak}The same failure also fails {Join(others)}.";
                condensed[affected[0]] = first with { Feedback = KeepFirstMention(first.Feedback, explanation, null) + also };
                foreach (var i in affected.Skip(1))
                {
                    condensed[i] = condensed[i] with { Feedback = KeepFirstMention(condensed[i].Feedback, explanation, $"Same failure as \"{caseName(first)}\".") };
                }
            }
        }

        return condensed;
    }

    /// <summary>
    /// <paramref name="feedback"/> with the paragraphs that mention <paramref name="explanation"/>
    /// replaced: the first by <paramref name="replacement"/> (kept when null), the later ones dropped.
    /// </summary>
    private static string KeepFirstMention(string feedback, string explanation, string? replacement)
    {
        var kept = new List<string>();
        var mentioned = false;
        foreach (var paragraph in feedback.Split(ParagraphBreak))
        {
            if (!paragraph.Contains(explanation, StringComparison.Ordinal))
            {
                kept.Add(paragraph);
            }
            else if (!mentioned)
            {
                mentioned = true;
                kept.Add(replacement ?? paragraph);
            }
        }

        return string.Join(ParagraphBreak, kept);
    }

    private static string Join(IReadOnlyList<string> names) =>
        names.Count == 1 ? names[0] : $"{string.Join(", ", names.Take(names.Count - 1))} and {names[^1]}";
}
