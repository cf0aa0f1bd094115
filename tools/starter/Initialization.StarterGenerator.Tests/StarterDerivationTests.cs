namespace Initialization.StarterGenerator.Tests;

public class StarterDerivationTests
{
    private const string Solution = """
        public static class Initializers
        {
            public static Dictionary<string, Matrix> InitializeParametersZeros(int[] layersDims)
            {
                var parameters = new Dictionary<string, Matrix>();
                for (var l = 1; l < layersDims.Length; l++)
                {
                    // BEGIN SOLUTION
                    // STUB: store W{l} and b{l},
                    // STUB: both zeros.
                    parameters[$"W{l}"] = Matrix.Zeros(layersDims[l], layersDims[l - 1]);
                    // END SOLUTION
                }

                return parameters;
            }
        }
        """;

    [Test]
    public void Derive_Region_BecomesYourCodeHereAndAThrowWithTheJoinedStubLines()
    {
        var starter = StarterDerivation.Derive(Solution);

        Assert.That(starter, Is.EqualTo("""
            public static class Initializers
            {
                public static Dictionary<string, Matrix> InitializeParametersZeros(int[] layersDims)
                {
                    var parameters = new Dictionary<string, Matrix>();
                    for (var l = 1; l < layersDims.Length; l++)
                    {
                        // YOUR CODE HERE
                        throw new NotImplementedException("InitializeParametersZeros is not implemented yet: store W{l} and b{l}, both zeros.");
                    }

                    return parameters;
                }
            }
            """));
    }

    [Test]
    public void Derive_CrLfLineEndings_GiveTheSameStarterWithLf()
    {
        var starter = StarterDerivation.Derive(Solution.ReplaceLineEndings("\r\n"));

        Assert.That(starter, Is.EqualTo(StarterDerivation.Derive(Solution)));
    }

    [Test]
    public void Derive_QuotesAndBackslashesInTheStub_AreEscapedInTheStringLiteral()
    {
        var solution = Solution.Replace("both zeros.", "use \"Matrix.Zeros\" \\ not arrays.", StringComparison.Ordinal);

        var starter = StarterDerivation.Derive(solution);

        Assert.That(starter, Does.Contain("""b{l}, use \"Matrix.Zeros\" \\ not arrays.");"""));
    }

    [Test]
    public void Derive_TwoRegions_EachNamesItsOwnMethod()
    {
        var solution = Solution.Replace("InitializeParametersZeros", "First", StringComparison.Ordinal)
            + "\n" + Solution.Replace("InitializeParametersZeros", "Second", StringComparison.Ordinal);

        var starter = StarterDerivation.Derive(solution);

        Assert.That(starter, Does.Contain("\"First is not implemented yet:").And.Contain("\"Second is not implemented yet:"));
    }

    [TestCase("// END SOLUTION\n", "line 1: \"// END SOLUTION\" without a \"// BEGIN SOLUTION\" above it.")]
    [TestCase("void M()\n{\n// BEGIN SOLUTION\n// STUB: x\n", "line 3: the region has no \"// END SOLUTION\".")]
    [TestCase("void M()\n{\n// BEGIN SOLUTION\n// STUB: x\n// BEGIN SOLUTION\n// END SOLUTION\n", "line 5: a second \"// BEGIN SOLUTION\" before the \"// END SOLUTION\" of the region opened on line 3: regions cannot nest.")]
    [TestCase("void M()\n{\n// BEGIN SOLUTION\nx = 1;\n// END SOLUTION\n", "line 3: the region needs a \"// STUB: text\" line saying what the student implements (the starter throws it).")]
    [TestCase("void M()\n{\n// BEGIN SOLUTION\n// STUB: a\nx = 1;\n// STUB: b\n// END SOLUTION\n", "line 6: \"// STUB:\" lines must come right after \"// BEGIN SOLUTION\", before the solution code.")]
    [TestCase("// BEGIN SOLUTION\n// STUB: x\n// END SOLUTION\n", "line 1: a solution region must be inside a method, whose name the starter's message uses.")]
    [TestCase("class C { }\n", "line 1: no \"// BEGIN SOLUTION\" … \"// END SOLUTION\" region: the starter would be the solution itself.")]
    public void Derive_BadMarkers_SayWhatIsWrongAndWhere(string solution, string message)
    {
        var solutionWithMethod = solution.Replace("void M()", "public static void M()", StringComparison.Ordinal);

        var error = Assert.Throws<StarterMarkerException>(() => StarterDerivation.Derive(solutionWithMethod));

        Assert.That(error?.Message, Is.EqualTo(message));
    }
}
