using System.Globalization;
using System.Text;
using System.Xml;
using Initialization.Grader.Pipeline;

namespace Initialization.Grader.Reporting;

/// <summary>
/// JUnit XML, which most CI systems display: one <c>testsuite</c> for the exercise, one
/// <c>testcase</c> per hidden test (class name <c>{exercise title}.{method}</c>), a
/// <c>failure</c> with the feedback for each failed one, the scores as suite properties and
/// the summary and the student's output in the suite's <c>system-out</c>. Reporters that show
/// only test cases (GitLab) still show everything: each test case's own <c>system-out</c> holds
/// its points and what it says, and the first one's also what the submission printed (once, not
/// in every case: it can be 16 K characters). A submission that cannot be graded is one failed
/// test case; a grader fault is one test case in <c>error</c>.
/// </summary>
public sealed class JUnitFormat : IResultFormat
{

    /// <inheritdoc/>
    public string Name => "junit";

    /// <inheritdoc/>
    public string FileExtension => ".xml";

    /// <inheritdoc/>
    public string Write(GradingResult result, ReportContext context)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(context);
        var cases = TestCases(result, context.ExerciseTitle);
        var failures = cases.Count(c => c.Outcome == Outcome.Failure);
        var errors = cases.Count(c => c.Outcome == Outcome.Error);
        var time = Seconds(result.ExecutionSeconds);

        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
        };
        using var bytes = new MemoryStream();
        using (var xml = XmlWriter.Create(bytes, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("testsuites");
            WriteCounts(xml, context.ExerciseTitle, cases.Count, failures, errors, time);
            xml.WriteStartElement("testsuite");
            WriteCounts(xml, context.ExerciseTitle, cases.Count, failures, errors, time);
            xml.WriteAttributeString("skipped", "0");

            xml.WriteStartElement("properties");
            WriteProperty(xml, "score", ReportText.Points(result.Score));
            WriteProperty(xml, "max_score", ReportText.Points(result.MaxScore));
            foreach (var (method, score, max) in result.ByMethod)
            {
                WriteProperty(xml, $"score.{method}", $"{ReportText.Points(score)} / {ReportText.Points(max)}");
            }

            xml.WriteEndElement();

            foreach (var testCase in cases)
            {
                xml.WriteStartElement("testcase");
                xml.WriteAttributeString("name", XmlSafe(testCase.Name));
                xml.WriteAttributeString("classname", XmlSafe(testCase.ClassName));
                // Per-test times are not measured; 0 keeps the document the same for the same result.
                xml.WriteAttributeString("time", "0");
                if (testCase.Outcome != Outcome.Passed)
                {
                    xml.WriteStartElement(testCase.Outcome == Outcome.Error ? "error" : "failure");
                    xml.WriteAttributeString("message", XmlSafe(ReportText.FirstLine(testCase.Text)));
                    xml.WriteAttributeString("type", testCase.Type);
                    xml.WriteString(XmlSafe(testCase.Text));
                    xml.WriteEndElement();
                }

                if (testCase.Output.Length > 0)
                {
                    xml.WriteElementString("system-out", XmlSafe(testCase.Output));
                }

                xml.WriteEndElement();
            }

            xml.WriteElementString("system-out", XmlSafe(SystemOut(result)));
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return Encoding.UTF8.GetString(bytes.ToArray()) + "\n";
    }

    private enum Outcome
    {
        Passed,
        Failure,
        Error,
    }

    /// <summary>One test case: <paramref name="Text"/> goes in its failure or error, <paramref name="Output"/> in its own system-out.</summary>
    private sealed record TestCase(string ClassName, string Name, Outcome Outcome, string Type, string Text, string Output);

    private static List<TestCase> TestCases(GradingResult result, string suiteName)
    {
        if (result.GraderFault)
        {
            return [new(suiteName, "grading", Outcome.Error, "GraderFault", result.Summary, Printed(result.StudentOutput))];
        }

        if (!result.Gradable)
        {
            return [new(suiteName, "submission", Outcome.Failure, "NotGradable", result.Summary, Printed(result.StudentOutput))];
        }

        return [.. result.Tests.Select((t, index) => new TestCase(
            $"{suiteName}.{t.Method}",
            ReportText.Description(t),
            t.Passed ? Outcome.Passed : Outcome.Failure,
            "WrongResult",
            t.Feedback,
            TestOutput(t, index == 0 ? result.StudentOutput : string.Empty)))];
    }

    /// <summary>A test case's own output: its points, "Passed." (a failed case's feedback is its failure text, not repeated) and, for one case, what the submission printed.</summary>
    private static string TestOutput(TestResult test, string printed)
    {
        var points = $"{ReportText.Points(test.Score)} / {ReportText.Points(test.MaxScore)} points";
        var text = test.Passed ? $"{points}\n{ReportText.PassedMessage}" : points;
        return string.IsNullOrEmpty(printed) ? text : $"{text}\n\n{Printed(printed)}";
    }

    private static string Printed(string printed) =>
        string.IsNullOrEmpty(printed) ? string.Empty : $"The submission printed (the whole run, shown in this test case only):\n{printed}";

    private static void WriteCounts(XmlWriter xml, string suiteName, int tests, int failures, int errors, string time)
    {
        xml.WriteAttributeString("name", suiteName);
        xml.WriteAttributeString("tests", tests.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("failures", failures.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("errors", errors.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("time", time);
    }

    private static void WriteProperty(XmlWriter xml, string name, string value)
    {
        xml.WriteStartElement("property");
        xml.WriteAttributeString("name", name);
        xml.WriteAttributeString("value", value);
        xml.WriteEndElement();
    }

    private static string SystemOut(GradingResult result) =>
        string.IsNullOrEmpty(result.StudentOutput)
            ? result.Summary
            : $"{result.Summary}\n\nThe submission printed:\n{result.StudentOutput}";

    private static string Seconds(double seconds) => Math.Round(seconds, 3).ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>
    /// XML 1.0 cannot hold most control characters or unpaired surrogates, and student output
    /// can contain anything: those become U+FFFD, so the document always parses.
    /// </summary>
    private static string XmlSafe(string text)
    {
        StringBuilder? safe = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (XmlConvert.IsXmlChar(c))
            {
                safe?.Append(c);
            }
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], c))
            {
                safe?.Append(c).Append(text[i + 1]);
                i++;
            }
            else
            {
                safe ??= new StringBuilder(text.Length).Append(text, 0, i);
                safe.Append('\uFFFD');
            }
        }

        return safe?.ToString() ?? text;
    }
}
