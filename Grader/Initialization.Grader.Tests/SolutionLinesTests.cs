using Initialization.Grader.Packaging;
using Initialization.Kit;
using Newtonsoft.Json.Linq;

namespace Initialization.Grader.Tests;

/// <summary>
/// The solution lines the student release refuses to ship, read by the kit's region reader (the
/// starter generator's), so a malformed solution file is refused with the generator's message.
/// </summary>
public class SolutionLinesTests
{
    private TemporaryFolder _folder = null!;

    [SetUp]
    public void Create() => _folder = new TemporaryFolder();

    [TearDown]
    public void Remove() => _folder.Dispose();

    [Test]
    public void Read_GivesTheRegionsCodeLinesTrimmed_WithoutStubsOrBlankLines()
    {
        var file = Write("public static int M()\n{\n    // BEGIN SOLUTION\n    // STUB: return one.\n\n    var one = 1;\n    return one;\n    // END SOLUTION\n}\n");

        Assert.That(SolutionLines.Read(file), Is.EqualTo(new[] { "var one = 1;", "return one;" }));
    }

    [Test]
    public void Read_TheRepositorysSolution_GivesItsCodeLines()
    {
        Assert.That(SolutionLines.Read(RepositoryPaths.Solution), Is.Not.Empty.And.All.Not.StartsWith("//"));
    }

    [Test]
    public void Read_MalformedMarkers_ThrowTheKitReadersError()
    {
        const string Solution = "public static int M()\n{\n    // BEGIN SOLUTION\n    return 1;\n    // END SOLUTION\n}\n";
        var file = Write(Solution);

        var error = Assert.Throws<SolutionMarkerException>(() => SolutionLines.Read(file));

        Assert.That(error?.Message, Is.EqualTo(Assert.Throws<SolutionMarkerException>(() => SolutionRegions.Parse(Solution))?.Message)
            .And.EqualTo("line 3: the region needs a \"// STUB: text\" line saying what the student implements (the starter throws it)."));
    }

    [Test]
    public void Release_WithMalformedSolutionMarkers_IsRefusedWithTheReadersMessage_AndNothingIsWritten()
    {
        var kit = Path.Combine(_folder.Path, "kit");
        foreach (var file in new[] { "kit.json", "course.json", "Directory.Packages.props", "Starter/Initializers.cs" }.Concat(Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "platforms"), "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(RepositoryPaths.Root, f))))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(kit, file))!);
            File.Copy(Path.Combine(RepositoryPaths.Root, file), Path.Combine(kit, file));
        }

        var manifest = JObject.Parse(File.ReadAllText(Path.Combine(kit, "kit.json")));
        manifest["ships_to_students"] = new JArray("Starter/Initializers.cs", "Directory.Packages.props");
        File.WriteAllText(Path.Combine(kit, "kit.json"), manifest.ToString());
        Directory.CreateDirectory(Path.Combine(kit, "Solution"));
        File.WriteAllText(Path.Combine(kit, "Solution", "Initializers.cs"), File.ReadAllText(RepositoryPaths.Solution).Replace("// END SOLUTION", "// END", StringComparison.Ordinal));
        var output = Path.Combine(_folder.Path, "release");

        Assert.Multiple(() =>
        {
            Assert.That(() => StudentRelease.Write(KitRepository.Open(kit), output), Throws.TypeOf<PackagingException>()
                .With.Message.StartsWith("Solution/Initializers.cs, line ").And.Message.Contains(": a second \"// BEGIN SOLUTION\" before the \"// END SOLUTION\""));
            Assert.That(Directory.Exists(output), Is.False);
        });
    }

    private string Write(string text)
    {
        var file = Path.Combine(_folder.Path, "Initializers.cs");
        File.WriteAllText(file, text);
        return file;
    }
}
