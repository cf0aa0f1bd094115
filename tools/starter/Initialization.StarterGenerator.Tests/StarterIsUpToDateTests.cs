using System.Text.RegularExpressions;

namespace Initialization.StarterGenerator.Tests;

public class StarterIsUpToDateTests
{
    private static readonly string[] s_gradedMethods = ["InitializeParametersZeros", "InitializeParametersRandom", "InitializeParametersHe"];

    [Test]
    public void StarterInitializers_IsWhatTheGeneratorDerivesFromTheSolution()
    {
        foreach (var derived in RepositoryFiles.Manifest.DerivedFiles)
        {
            var expected = StarterDerivation.Derive(RepositoryFiles.Read(derived.From));

            Assert.That(RepositoryFiles.Read(derived.Path), Is.EqualTo(expected),
                $"{derived.Path} is not what the generator makes from {derived.From}: edit {derived.From} (never the starter), "
                + $"then regenerate the starter at the repository root with `{derived.Regenerate}`.");
        }
    }

    [Test]
    public void StarterInitializers_HasOneNotImplementedStubPerGradedMethod()
    {
        var starter = RepositoryFiles.Read("Starter/Initializers.cs");

        var stubs = Regex.Matches(starter, "throw new NotImplementedException\\(\"(\\w+) is not implemented yet: ").Select(m => m.Groups[1].Value);
        Assert.That(stubs, Is.EqualTo(s_gradedMethods));
        Assert.That(Regex.Matches(starter, "// YOUR CODE HERE"), Has.Count.EqualTo(3));
    }

    [TestCase("Solution/Initializers.cs")]
    [TestCase("Starter/Initializers.cs")]
    public void Initializers_KeepTheNamesAndSignaturesTheGraderCalls(string file)
    {
        var source = RepositoryFiles.Read(file);

        Assert.That(source, Does.Contain("namespace Initialization;").And.Contain("public static class Initializers"));
        foreach (var method in s_gradedMethods)
        {
            Assert.That(source, Does.Contain($"public static Dictionary<string, Matrix> {method}(int[] layersDims)"), $"{file}: {method}");
        }
    }
}
