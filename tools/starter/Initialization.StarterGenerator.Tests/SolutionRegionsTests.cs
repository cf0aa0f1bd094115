using Initialization.Kit;

namespace Initialization.StarterGenerator.Tests;

/// <summary>The kit's one reader of solution regions, which the starter generator and the student release share.</summary>
public class SolutionRegionsTests
{
    private const string Solution = """
        public static class Initializers
        {
            public static int First()
            {
                // BEGIN SOLUTION
                // STUB: return one,
                // STUB: as an int.

                return 1;
                // END SOLUTION
            }

            public static int Second()
            {
                // BEGIN SOLUTION
                // STUB: return two.
                return 2;
                // END SOLUTION
            }
        }
        """;

    [Test]
    public void Parse_GivesEachRegionWithItsMethodLinesStubsAndCode()
    {
        var parsed = SolutionRegions.Parse(Solution.ReplaceLineEndings("\r\n"));

        Assert.Multiple(() =>
        {
            Assert.That(parsed.Lines, Has.Count.EqualTo(20));
            Assert.That(parsed.Regions, Has.Count.EqualTo(2));
            var first = parsed.Regions[0];
            Assert.That((first.Method, first.BeginLine, first.EndLine, first.Indent), Is.EqualTo(("First", 5, 10, "        ")));
            Assert.That(first.StubLines, Is.EqualTo(new[] { "return one,", "as an int." }));
            Assert.That(first.CodeLines, Is.EqualTo(new[] { string.Empty, "        return 1;" }));
            Assert.That(parsed.Lines[first.BeginLine - 1].Trim(), Is.EqualTo(SolutionMarkers.Begin));
            Assert.That(parsed.Lines[first.EndLine - 1].Trim(), Is.EqualTo(SolutionMarkers.End));
            var second = parsed.Regions[1];
            Assert.That((second.Method, second.BeginLine, second.EndLine), Is.EqualTo(("Second", 15, 18)));
            Assert.That(second.StubLines, Is.EqualTo(new[] { "return two." }));
            Assert.That(second.CodeLines, Is.EqualTo(new[] { "        return 2;" }));
        });
    }

    [Test]
    public void Parse_NoRegion_IsNoError()
    {
        Assert.That(SolutionRegions.Parse("class C { }\n").Regions, Is.Empty);
    }

    [Test]
    public void Parse_BadMarkers_ThrowTheMessageTheStarterGeneratorGives()
    {
        const string Unclosed = "public static void M()\n{\n// BEGIN SOLUTION\n// STUB: x\n";

        var kit = Assert.Throws<SolutionMarkerException>(() => SolutionRegions.Parse(Unclosed));
        var starter = Assert.Throws<StarterMarkerException>(() => StarterDerivation.Derive(Unclosed));

        Assert.Multiple(() =>
        {
            Assert.That(kit?.Message, Is.EqualTo("line 3: the region has no \"// END SOLUTION\"."));
            Assert.That((kit?.Line, kit?.Problem), Is.EqualTo(((int?)3, "the region has no \"// END SOLUTION\".")));
            Assert.That(starter?.Message, Is.EqualTo(kit?.Message));
        });
    }
}
