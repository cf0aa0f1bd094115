using System.Collections.Concurrent;
using Initialization.Grader.Pipeline;

namespace Initialization.Grader.Batch;

/// <summary>
/// What a batch keeps of each student's result once it is on disk: the scores, each test's name
/// and outcome, and the summary line (the Moodle gradebook's feedback), without the feedback
/// texts and the student's output, which only the student's own result file needs. Test and
/// method names are shared between students, so a class costs a few hundred bytes a student.
/// </summary>
public sealed class ResultDigest
{
    private readonly ConcurrentDictionary<string, string> _names = new(StringComparer.Ordinal);

    /// <summary>The part of <paramref name="result"/> the summary, the gradebooks and the plots read.</summary>
    /// <param name="result">A student's full result.</param>
    /// <returns>The same result without feedback texts and output.</returns>
    public GradingResult Of(GradingResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result with
        {
            StudentOutput = string.Empty,
            Tests = [.. result.Tests.Select(t => t with { Method = Shared(t.Method), Name = Shared(t.Name), Feedback = string.Empty })],
        };
    }

    private string Shared(string name) => _names.GetOrAdd(name, name);
}
