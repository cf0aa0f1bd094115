using System.Text.RegularExpressions;
using Initialization.Grader.Pipeline;
using Initialization.Grader.Reporting;

namespace Initialization.Grader.Tests;

/// <summary>
/// The same result gives the same bytes in every format, so reruns and batch runs can be
/// compared with diff; only the fields that say when or how long differ between runs.
/// </summary>
public partial class ResultFormatDeterminismTests
{
    [TestCaseSource(typeof(SampleResults), nameof(SampleResults.ForEveryFormat))]
    public void SameResultAndContext_GiveTheSameBytes(string formatName, GradingResult result)
    {
        var format = ResultFormats.Find(formatName)!;
        var context = new ReportContext("s1", new DateTimeOffset(2025, 1, 2, 3, 4, 5, 6, TimeSpan.Zero));

        Assert.That(format.Write(result with { }, context), Is.EqualTo(format.Write(result, context)));
    }

    [TestCaseSource(typeof(SampleResults), nameof(SampleResults.ForEveryFormat))]
    public void AnotherRunTimeAndTimestamp_ChangeOnlyTheTimeFields(string formatName, GradingResult result)
    {
        var format = ResultFormats.Find(formatName)!;
        var first = format.Write(result with { ExecutionSeconds = 1.5 }, new ReportContext("s1", new DateTimeOffset(2025, 1, 2, 3, 4, 5, 6, TimeSpan.Zero)));
        var second = format.Write(result with { ExecutionSeconds = 7.25 }, new ReportContext("s1", new DateTimeOffset(2026, 6, 7, 8, 9, 10, 11, TimeSpan.FromHours(-5))));

        Assert.That(WithoutTimeFields(second), Is.EqualTo(WithoutTimeFields(first)));
    }

    private static string WithoutTimeFields(string text) =>
        TimeAttribute().Replace(TimeProperty().Replace(text, "$1 TIME"), "$1\"TIME\"");

    [GeneratedRegex("(\"(?:execution_time|timestamp)\":) [^,\\n]+")]
    private static partial Regex TimeProperty();

    [GeneratedRegex("( time=)\"[0-9.]+\"")]
    private static partial Regex TimeAttribute();
}
