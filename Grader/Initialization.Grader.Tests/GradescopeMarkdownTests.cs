using System.Net;
using System.Text.RegularExpressions;
using Initialization.Grader.Pipeline;
using Initialization.Grader.Reporting;
using Markdig;
using Newtonsoft.Json.Linq;

namespace Initialization.Grader.Tests;

/// <summary>
/// Gradescope's Markdown, rendered by a CommonMark renderer with GitHub's extensions and more
/// (autolinks, tables, strikethrough, math, attribute lists): student text shows as itself and
/// never becomes a link, an image, HTML or other markup; identifiers are code, matrices blocks.
/// </summary>
public partial class GradescopeMarkdownTests
{
    /// <summary>Text a submission can print or put in an exception message, each line an attack on a Markdown renderer.</summary>
    private const string HostileText =
        "[click me](http://evil.example/steal) and ![pixel](http://evil.example/p.png)\n" +
        "<script>alert(1)</script> <img src=x onerror=alert(1)> <a href=\"http://evil.example\">a</a>\n" +
        "bare http://evil.example/x, www.evil.example and mail@evil.example\n" +
        "# not a heading\n" +
        "1. not a list\n" +
        "- not a list either\n" +
        "> not a quote\n" +
        "**not bold** _not italic_ ~~not struck~~ `not code` &lt;b&gt; &amp;\n" +
        "$$\\href{http://evil.example}{maths}$$ and \\(x\\) {onclick=alert(1)} [^1]\n" +
        "<!-- a comment --> ``` a fence ```\n" +
        "| a | table |\n" +
        "|---|---|\n" +
        "===\n" +
        "[ref]: http://evil.example";

    private static readonly MarkdownPipeline s_renderer = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    [Test]
    public void StudentOutput_IsOneFencedBlockShowingItExactly()
    {
        var markdown = GradescopeMarkdown.Output(SampleResults.AllPassed() with { StudentOutput = HostileText + "\n```\n````\n" });
        var html = Markdown.ToHtml(markdown, s_renderer);

        Assert.Multiple(() =>
        {
            AssertOnlyTags(html, ["p", "strong", "table", "thead", "tbody", "tr", "th", "td", "code", "pre"]);
            Assert.That(PreBlocks(html), Is.EqualTo(new[] { HostileText + "\n```\n````" }), "the printed text, verbatim, in one block");
        });
    }

    [Test]
    public void HostileFeedback_ShowsItsTextAndNoMarkup()
    {
        var test = SampleResults.SomeFailed().Tests.First(t => !t.Passed) with { Feedback = HostileText };
        var markdown = GradescopeMarkdown.TestOutput(test);
        var html = Markdown.ToHtml(markdown, s_renderer);

        Assert.Multiple(() =>
        {
            AssertOnlyTags(html, ["p", "br", "code", "pre", "ul", "li"]);
            Assert.That(Words(Markdown.ToPlainText(markdown, s_renderer)), Is.EqualTo(Words(HostileText).Replace("- not a list either", "not a list either", StringComparison.Ordinal)), "every word shown as written (a \"- \" line is a bullet)");
        });
    }

    [Test]
    public void Feedback_IdentifiersAreCode_BulletsAreAList_MatricesAreBlocks()
    {
        const string feedback =
            "InitializeParametersHe([2, 4, 1]) is not right yet:\n" +
            "  - it W1 differs from the expected values (W1[0, 1] is 0.5, expected 0.3).\n" +
            "  - it b1 should be all zeros.\n" +
            "Hint: draw W{l} with rng.Randn(layersDims[l], layersDims[l - 1]) and multiply by Math.Sqrt(2.0 / layersDims[l - 1]), e.g. like the notebook.\n" +
            "\n" +
            "Expected W1:\n" +
            "[[ 1.62434536 -0.61175641]\n" +
            " [-0.52817175 -1.07296862]]\n" +
            "Your W1:\n" +
            "[[ 0.5 0.3]\n" +
            " [ 0.1 0.2]]";
        var html = Markdown.ToHtml(GradescopeMarkdown.TestOutput(new TestResult("InitializeParametersHe", 1, "x", 0, 1, false, feedback)), s_renderer);

        Assert.Multiple(() =>
        {
            AssertOnlyTags(html, ["p", "br", "code", "pre", "ul", "li"]);
            Assert.That(Codes(html), Is.SupersetOf(new[]
            {
                "InitializeParametersHe([2, 4, 1])", "W1", "W1[0, 1]", "b1", "W{l}", "rng.Randn(layersDims[l], layersDims[l - 1])", "Math.Sqrt(2.0 / layersDims[l - 1])",
            }));
            Assert.That(Codes(html), Has.None.EqualTo("e.g"), "an abbreviation is a word");
            Assert.That(Regex.Matches(html, "<li>").Count, Is.EqualTo(2));
            Assert.That(PreBlocks(html), Is.EqualTo(new[]
            {
                "[[ 1.62434536 -0.61175641]\n [-0.52817175 -1.07296862]]",
                "[[ 0.5 0.3]\n [ 0.1 0.2]]",
            }), "each matrix monospaced, as printed");
        });
    }

    [Test]
    public void Output_OfAGradedSubmission_IsTheScoreAndATableRowPerMethod()
    {
        var result = SampleResults.SomeFailed();
        var html = Markdown.ToHtml(GradescopeMarkdown.Output(result), s_renderer);
        var rows = Regex.Matches(html, "<tr>(.*?)</tr>", RegexOptions.Singleline).Select(m => Words(Regex.Replace(m.Groups[1].Value, "<[^>]+>", " "))).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Contain($"<strong>Score: {ReportText.Points(result.Score)} / 10</strong>"));
            Assert.That(rows, Is.EqualTo(new[]
            {
                "Method Points Checks",
                "InitializeParametersZeros 2.5 / 3 1 of 8 failed",
                "InitializeParametersRandom 2.5 / 3 1 of 8 failed",
                "InitializeParametersHe 3.5 / 4 1 of 9 failed",
            }));
        });
    }

    [Test]
    public void Output_OfANotGradableSubmission_IsItsReasonInWords()
    {
        var result = SampleResults.NotGradable();
        var markdown = GradescopeMarkdown.Output(result);

        Assert.Multiple(() =>
        {
            Assert.That(markdown, Does.StartWith(GradingResult.NotGradablePrefix), "a reader of the raw JSON sees the reason first");
            Assert.That(Words(Markdown.ToPlainText(markdown, s_renderer)), Is.EqualTo(Words(result.Summary)));
        });
    }

    [Test]
    public void ResultsJson_SaysMarkdownForTheOutputAndTheTests_AndTextForTheNames()
    {
        var json = JObject.Parse(GradescopeReport.Write(SampleResults.SomeFailed()));

        Assert.Multiple(() =>
        {
            Assert.That((string?)json["output_format"], Is.EqualTo("md"));
            Assert.That((string?)json["test_output_format"], Is.EqualTo("md"));
            Assert.That((string?)json["test_name_format"], Is.EqualTo("text"));
        });
    }

    [Test]
    public void Record_ReadBack_IsTheResultItsPlainTextsIncluded()
    {
        Assert.Multiple(() =>
        {
            foreach (var (name, sample) in SampleResults.All())
            {
                var result = sample with { StudentOutput = "printed [a](http://x) <b>\nline two" };
                var read = GradescopeReport.Read(GradescopeReport.Write(result));
                Assert.That(read.Summary, Is.EqualTo(result.Summary), name);
                Assert.That(read.StudentOutput, Is.EqualTo(result.StudentOutput), name);
                Assert.That(read.Tests.Where(t => !t.Passed).Select(t => t.Feedback), Is.EqualTo(result.Tests.Where(t => !t.Passed).Select(t => t.Feedback)), name);
                Assert.That(read.GraderFault, Is.EqualTo(result.GraderFault), name);
            }
        });
    }

    [Test]
    public void PlainRecord_WrittenBeforeMarkdown_ReadsBackWithTheConsoleOutputSplitOff()
    {
        const string record = """
            {"score": 10.0, "max_score": 10.0, "output": "Score: 10 / 10\n\nYour code printed (kept for debugging, cut to a few kilobytes):\nhello\nworld",
             "output_format": "text", "tests": [{"name": "A: one", "number": "1.1", "score": 10, "max_score": 10, "status": "passed", "output": "Passed.", "tags": ["A"]}]}
            """;
        var read = GradescopeReport.Read(record);

        Assert.Multiple(() =>
        {
            Assert.That(read.Summary, Is.EqualTo("Score: 10 / 10"));
            Assert.That(read.StudentOutput, Is.EqualTo("hello\nworld"));
        });
    }

    /// <summary>Asserts that <paramref name="html"/> holds no element but <paramref name="allowed"/>, and no attribute but a line break's slash, a fenced block's language and a table column's alignment.</summary>
    private static void AssertOnlyTags(string html, string[] allowed)
    {
        var tags = TagPattern().Matches(html).Select(m => m.Groups["name"].Value.ToLowerInvariant()).Distinct();
        var attributes = TagPattern().Matches(html).Select(m => m.Groups["attributes"].Value.Trim()).Where(a => a.Length > 0).Distinct();
        Assert.That(tags, Is.SubsetOf(allowed), $"markup the text did not ask for:\n{html}");
        Assert.That(attributes, Is.SubsetOf(new[] { "/", "class=\"language-text\"", "style=\"text-align: right;\"" }), $"attributes the text must not set:\n{html}");
    }

    /// <summary>The text of each fenced block.</summary>
    private static List<string> PreBlocks(string html) =>
        [.. Regex.Matches(html, "<pre><code[^>]*>(.*?)</code></pre>", RegexOptions.Singleline).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value).TrimEnd('\n'))];

    /// <summary>The text of each inline code span.</summary>
    private static List<string> Codes(string html) =>
        [.. Regex.Matches(html, "(?<!<pre>)<code>(.*?)</code>", RegexOptions.Singleline).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))];

    private static string Words(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [GeneratedRegex(@"<\s*/?\s*(?<name>[A-Za-z][A-Za-z0-9]*)(?<attributes>[^>]*)>")]
    private static partial Regex TagPattern();
}
