using System.Globalization;
using Initialization.Grader.Pipeline;

namespace Initialization.Grader.Reporting;

/// <summary>Pieces of text several formats need, written the same way in each.</summary>
public static class ReportText
{
    /// <summary>What a passed test says in formats that want a message for every test.</summary>
    public const string PassedMessage = "Passed.";

    /// <summary>
    /// <paramref name="text"/> cut to at most <paramref name="maxChars"/> characters plus a note
    /// saying how much was left out; never splits a surrogate pair.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="maxChars">The most characters to keep.</param>
    /// <returns>The text itself when short enough, else its start and the note.</returns>
    public static string Cut(string text, int maxChars)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(maxChars);
        if (text.Length <= maxChars)
        {
            return text;
        }

        var keep = maxChars > 0 && char.IsHighSurrogate(text[maxChars - 1]) ? maxChars - 1 : maxChars;
        return string.Create(CultureInfo.InvariantCulture, $"{text[..keep]}\n… ({text.Length - keep} more characters cut)");
    }

    /// <summary>The first line of <paramref name="text"/>, without its line break.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The first line (the whole text when it has one line).</returns>
    public static string FirstLine(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var end = text.IndexOfAny(['\r', '\n']);
        return end < 0 ? text : text[..end];
    }

    /// <summary>A test's description without the method name its name starts with ("the notebook's example").</summary>
    /// <param name="test">The test.</param>
    /// <returns>The description.</returns>
    public static string Description(TestResult test)
    {
        ArgumentNullException.ThrowIfNull(test);
        var prefix = test.Method + ": ";
        return test.Name.StartsWith(prefix, StringComparison.Ordinal) ? test.Name[prefix.Length..] : test.Name;
    }

    /// <summary>What a test says to the student: its feedback, or <see cref="PassedMessage"/>.</summary>
    /// <param name="test">The test.</param>
    /// <returns>The message.</returns>
    public static string Message(TestResult test)
    {
        ArgumentNullException.ThrowIfNull(test);
        return test.Passed ? PassedMessage : test.Feedback;
    }

    /// <summary>Points in the invariant culture, at most two decimals ("2.5", "10").</summary>
    /// <param name="points">The points.</param>
    /// <returns>The text.</returns>
    public static string Points(double points) => GradingResult.Points(points);
}
