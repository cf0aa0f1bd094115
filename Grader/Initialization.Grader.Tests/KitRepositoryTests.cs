using Initialization.Grader.Packaging;
using Newtonsoft.Json.Linq;

namespace Initialization.Grader.Tests;

/// <summary>
/// Opening the kit for packaging: kit.json read by the kit's one manifest reader, and what
/// packaging needs from it refused with a message that says what to fix.
/// </summary>
public class KitRepositoryTests
{
    private TemporaryFolder _folder = null!;

    [SetUp]
    public void CopyManifest()
    {
        _folder = new TemporaryFolder();
        File.Copy(Path.Combine(RepositoryPaths.Root, "kit.json"), Path.Combine(_folder.Path, "kit.json"));
    }

    [TearDown]
    public void Remove() => _folder.Dispose();

    [Test]
    public void Open_TheRepository_ReadsWhatShipsAndWhatStays()
    {
        var kit = KitRepository.Open(RepositoryPaths.Root);

        Assert.Multiple(() =>
        {
            Assert.That(kit.ShipsToStudents, Does.Contain("Starter/"));
            Assert.That(kit.InstructorsOnly, Does.Contain("Solution/"));
            Assert.That(kit.ExampleSolutionFiles, Is.EqualTo(new[] { "Solution/Initializers.cs" }));
            Assert.That(kit.StarterFile(), Is.EqualTo(Path.Combine(RepositoryPaths.Root, "Starter", "Initializers.cs")));
        });
    }

    [Test]
    public void Open_ManifestWithoutAShippedList_IsRefusedNamingTheList()
    {
        EditManifest(m => m.Remove("ships_to_students"));

        Assert.That(() => KitRepository.Open(_folder.Path), Throws.TypeOf<PackagingException>().With.Message.Contains("it has no ships_to_students list"));
    }

    [Test]
    public void Open_ManifestThatIsNotJson_IsRefusedAsNotAValidManifest()
    {
        File.WriteAllText(Path.Combine(_folder.Path, "kit.json"), "{ \"student_files\": [");

        Assert.That(() => KitRepository.Open(_folder.Path), Throws.TypeOf<PackagingException>().With.Message.Contains("is not a valid kit manifest"));
    }

    [Test]
    public void StarterFile_Missing_IsRefusedWithHowToRestoreIt()
    {
        var kit = KitRepository.Open(_folder.Path);

        Assert.That(kit.StarterFile, Throws.TypeOf<PackagingException>().With.Message.Contains("is missing").And.Message.Contains("restore it from version control"));
    }

    [Test]
    public void StarterFile_SeveralStudentFiles_IsRefused()
    {
        EditManifest(m => m["student_files"] = new JArray("Starter/Initializers.cs", "Starter/Helpers.cs"));

        Assert.That(KitRepository.Open(_folder.Path).StarterFile, Throws.TypeOf<PackagingException>().With.Message.Contains("exactly one student file"));
    }

    private void EditManifest(Action<JObject> edit)
    {
        var path = Path.Combine(_folder.Path, "kit.json");
        var manifest = JObject.Parse(File.ReadAllText(path));
        edit(manifest);
        File.WriteAllText(path, manifest.ToString());
    }
}
