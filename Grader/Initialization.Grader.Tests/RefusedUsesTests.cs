using Initialization.Grader.Pipeline;

namespace Initialization.Grader.Tests;

/// <summary>How the two allowlist checks' findings become what a graded method is told.</summary>
public class RefusedUsesTests
{
    [Test]
    public void TheSemanticMessagesComeFirst_AndTheAssemblyCheckAddsOnlyWhatTheyMissed()
    {
        var semantic = new Dictionary<string, IReadOnlyList<string>> { ["Zeros"] = ["line 3: System.IO.File.WriteAllText is not allowed here"] };
        var assembly = new Dictionary<string, IReadOnlyList<AssemblyUsageCheck.Finding>>
        {
            ["Zeros"] =
            [
                new("System.IO.File.WriteAllText", "line 3: System.IO.File.WriteAllText is not allowed here"),
                new("System.IO.File.Delete", "line 9: System.IO.File.Delete is not allowed here (in MoveNext, which it runs)"),
            ],
            ["He"] = [new("System.Diagnostics.Process.Start", "line 5: System.Diagnostics.Process.Start is not allowed here (in Add, which it runs)")],
        };

        var combined = RefusedUses.Combine(semantic, assembly);

        Assert.Multiple(() =>
        {
            Assert.That(combined["Zeros"], Is.EqualTo(new[] { "line 3: System.IO.File.WriteAllText is not allowed here", "line 9: System.IO.File.Delete is not allowed here (in MoveNext, which it runs)" }));
            Assert.That(combined["He"], Is.EqualTo(new[] { "line 5: System.Diagnostics.Process.Start is not allowed here (in Add, which it runs)" }));
        });
    }

    [Test]
    public void WhatOnlyTheSemanticCheckFinds_StillRefusesTheMethod()
    {
        var semantic = new Dictionary<string, IReadOnlyList<string>> { ["Random"] = ["line 4: System.Diagnostics.Debug.Assert is not allowed here"] };

        Assert.That(RefusedUses.Combine(semantic, new Dictionary<string, IReadOnlyList<AssemblyUsageCheck.Finding>>()).Keys, Is.EqualTo(new[] { "Random" }));
    }

    [Test]
    public void ALongList_IsCut()
    {
        var assembly = new Dictionary<string, IReadOnlyList<AssemblyUsageCheck.Finding>>
        {
            ["He"] = [.. Enumerable.Range(1, 12).Select(i => new AssemblyUsageCheck.Finding($"Api{i}", $"line {i}: Api{i} is not allowed here"))],
        };

        var messages = RefusedUses.Combine(new Dictionary<string, IReadOnlyList<string>>(), assembly)["He"];

        Assert.That(messages, Has.Count.EqualTo(9).And.Contains("… and 4 more"));
    }
}
