using System.Xml.Linq;
using Initialization.Grader.Reporting;

namespace Initialization.Grader.Tests;

/// <summary>JUnit XML: counts that match the test cases, the feedback in failures, anything the student printed made safe for XML.</summary>
public class JUnitFormatTests
{
    private static readonly ReportContext s_context = new(null, DateTimeOffset.UnixEpoch) { ExerciseTitle = "Initialization", StudentFile = "Starter/Initializers.cs" };

    private static XDocument Write(Pipeline.GradingResult result) => XDocument.Parse(new JUnitFormat().Write(result, s_context));

    [Test]
    public void GradedResult_OneTestCasePerHiddenTest_CountsMatch_ScoresAsProperties()
    {
        var result = SampleResults.SomeFailed();

        var suite = Write(result).Root!.Element("testsuite")!;
        var cases = suite.Elements("testcase").ToList();

        Assert.Multiple(() =>
        {
            Assert.That(cases, Has.Count.EqualTo(result.Tests.Count));
            Assert.That((int)suite.Attribute("tests")!, Is.EqualTo(cases.Count));
            Assert.That((int)suite.Attribute("failures")!, Is.EqualTo(cases.Count(c => c.Element("failure") is not null)));
            Assert.That((int)suite.Attribute("failures")!, Is.EqualTo(result.Tests.Count(t => !t.Passed)));
            Assert.That((int)suite.Attribute("errors")!, Is.Zero);
            Assert.That(cases.Select(c => (string)c.Attribute("classname")!).Distinct(), Is.EqualTo(new[]
            {
                "Initialization.InitializeParametersZeros",
                "Initialization.InitializeParametersRandom",
                "Initialization.InitializeParametersHe",
            }));
            Assert.That(cases[0].Attribute("name")!.Value, Is.EqualTo("the notebook's example"));
            Assert.That(suite.Element("properties")!.Elements().Single(p => (string)p.Attribute("name")! == "score").Attribute("value")!.Value, Is.EqualTo(ReportText.Points(result.Score)));
        });
    }

    [Test]
    public void Feedback_ReadsBackThroughAnXmlParser_ControlCharactersReplaced()
    {
        var failure = Write(SampleResults.SomeFailed()).Descendants("failure").First();
        // XML parsers normalize line ends; U+0001 cannot be written in XML 1.0 at all.
        var expected = SampleResults.HostileFeedback.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\u0001', '\uFFFD');

        Assert.Multiple(() =>
        {
            Assert.That(failure.Value, Is.EqualTo(expected));
            Assert.That((string)failure.Attribute("message")!, Is.EqualTo("W2 is \"wrong\", says the grader:"));
            Assert.That(Write(SampleResults.SomeFailed()).Root!.Element("testsuite")!.Element("system-out")!.Value, Does.Contain("printed: \"quoted\" <tag> &amp; \uFFFD bell, ünïcödé"));
        });
    }

    [Test]
    public void EachTestCase_CarriesItsOwnPointsAndFeedback_ThePrintedTextOnce()
    {
        var result = SampleResults.SomeFailed();
        var cases = Write(result).Root!.Element("testsuite")!.Elements("testcase").ToList();
        var feedback = SampleResults.HostileFeedback.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\u0001', '\uFFFD');

        Assert.Multiple(() =>
        {
            for (var i = 0; i < cases.Count; i++)
            {
                var test = result.Tests[i];
                var output = cases[i].Element("system-out")?.Value;
                Assert.That(output, Does.StartWith($"{ReportText.Points(test.Score)} / {ReportText.Points(test.MaxScore)} points"), test.Name);
                Assert.That(test.Passed ? output : cases[i].Element("failure")?.Value, Does.Contain(test.Passed ? ReportText.PassedMessage : feedback), test.Name);
            }

            Assert.That(cases.Count(c => c.Element("system-out")!.Value.Contains("printed: \"quoted\"", StringComparison.Ordinal)), Is.EqualTo(1), "what the submission printed, in one test case");
            Assert.That(cases.Where(c => c.Element("failure") is not null).Select(c => c.Element("system-out")!.Value), Has.None.Contain("W2 is"), "a failure's feedback is not repeated in its output");
        });
    }

    [Test]
    public void NotGradable_IsOneFailedTestCase()
    {
        var suite = Write(SampleResults.NotGradable()).Root!.Element("testsuite")!;

        Assert.Multiple(() =>
        {
            Assert.That((int)suite.Attribute("tests")!, Is.EqualTo(1));
            Assert.That((int)suite.Attribute("failures")!, Is.EqualTo(1));
            Assert.That((string)suite.Element("testcase")!.Element("failure")!.Attribute("type")!, Is.EqualTo("NotGradable"));
        });
    }

    [Test]
    public void GraderFault_IsOneTestCaseInError()
    {
        var suite = Write(SampleResults.GraderFault()).Root!.Element("testsuite")!;

        Assert.Multiple(() =>
        {
            Assert.That((int)suite.Attribute("errors")!, Is.EqualTo(1));
            Assert.That((int)suite.Attribute("failures")!, Is.Zero);
            Assert.That(suite.Element("testcase")!.Element("error")!.Value, Does.Contain("not your fault"));
        });
    }
}
