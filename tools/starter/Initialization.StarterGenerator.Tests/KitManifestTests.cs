using System.Xml.Linq;
using Initialization.Kit;

namespace Initialization.StarterGenerator.Tests;

public class KitManifestTests
{
    private static KitManifest Manifest => RepositoryFiles.Manifest;

    [Test]
    public void Manifest_EveryListedFileOrFolderExists()
    {
        var listed = Manifest.StudentFiles
            .Concat(Manifest.PublicTestFiles)
            .Concat(Manifest.ExampleSolutionFiles)
            .Concat([Manifest.StarterProject, Manifest.SolutionProject])
            .Concat(Manifest.DerivedFiles.SelectMany(d => new[] { d.Path, d.From }))
            .Concat(Manifest.ShipsToStudents);

        using (Assert.EnterMultipleScope())
        {
            foreach (var entry in listed)
            {
                var path = RepositoryFiles.PathOf(entry);
                Assert.That(entry.EndsWith('/') ? Directory.Exists(path) : File.Exists(path), Is.True, $"kit.json lists {entry}, which does not exist.");
            }
        }
    }

    [Test]
    public void StudentSolutionFile_ListsExactlyTheShippedProjects_UnderANameThatRunsTheStartersTests()
    {
        const string solutionFile = "platforms/release/Initialization.Student.slnx";
        var listed = XDocument.Load(RepositoryFiles.PathOf(solutionFile)).Descendants("Project").Select(p => (string)p.Attribute("Path")!);
        var shipped = Manifest.ShipsToStudents
            .Where(entry => entry.EndsWith('/'))
            .SelectMany(folder => Directory.GetFiles(RepositoryFiles.PathOf(folder), "*.csproj", SearchOption.AllDirectories))
            .Select(RepositoryFiles.Relative);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(listed, Is.EquivalentTo(shipped), "dotnet build and dotnet test at the release's root build what ships, and only that");
            Assert.That(Path.GetFileName(solutionFile), Is.Not.EqualTo("Initialization.slnx"), "under the instructors' solution's name the Starter only builds (Starter.csproj) and dotnet test would run nothing");
        }
    }

    [Test]
    public void StarterProjectComments_NameNoInstructorOnlyFile()
    {
        var comments = string.Join("\n", XDocument.Load(RepositoryFiles.PathOf(Manifest.StarterProject)).DescendantNodes().OfType<XComment>().Select(c => c.Value));
        string[] instructorNames = ["Solution", "slnx", "Grader", "kit.json", "tools/", "grade.sh"];

        Assert.That(instructorNames.Where(name => comments.Contains(name, StringComparison.Ordinal)), Is.Empty, "students read Starter.csproj's comments: they may speak only of files the kit ships");
    }

    [Test]
    public void WarningsInTheStudentsFile_AreNeverFatal_WhileTheKitsOwnFilesKeepWarningsAsErrors()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(MsBuildItems.Property(Manifest.StarterProject, "TreatWarningsAsErrors"), Is.EqualTo("false"), "the grader does not fail on warnings; the student's build must not either");
            Assert.That(MsBuildItems.Property(Manifest.SolutionProject, "TreatWarningsAsErrors"), Is.EqualTo("true"), "the public tests and Program.cs compile there with warnings as errors");
        }
    }

    [Test]
    public void Manifest_EachStudentFileIsDerivedFromAnExampleSolutionFile()
    {
        foreach (var student in Manifest.StudentFiles)
        {
            var derivation = Manifest.DerivedFiles.SingleOrDefault(d => d.Path == student);

            Assert.That(derivation, Is.Not.Null, $"kit.json: {student} needs a derived_files entry saying which solution file it comes from.");
            Assert.That(Manifest.ExampleSolutionFiles, Does.Contain(derivation!.From));
            Assert.That(RepositoryFiles.Read(student), Is.EqualTo(StarterDerivation.Derive(RepositoryFiles.Read(derivation.From))),
                $"{student} is stale: regenerate it with `{derivation.Regenerate}`.");
        }
    }

    [Test]
    public void Manifest_PublicTestFilesAreEveryTestFileOfTheStarter()
    {
        var testFolder = RepositoryFiles.PathOf("Starter/Tests");
        var onDisk = Directory.GetFiles(testFolder, "*.cs", SearchOption.AllDirectories).Select(RepositoryFiles.Relative);

        Assert.That(Manifest.PublicTestFiles, Is.EquivalentTo(onDisk));
    }

    [Test]
    public void Manifest_PublicTestFilesAreCompiledByBothTheStarterAndTheSolutionProject()
    {
        var publicTests = Manifest.PublicTestFiles.Select(RepositoryFiles.PathOf).ToList();

        foreach (var project in new[] { Manifest.StarterProject, Manifest.SolutionProject })
        {
            var compiled = MsBuildItems.Evaluate(project, "Compile")["Compile"];

            Assert.That(compiled, Is.SupersetOf(publicTests), $"{project} must compile every public test file.");
        }
    }

    [Test]
    public void Manifest_StudentFileIsCompiledByTheStarterAndTheExampleByTheSolution()
    {
        Assert.That(MsBuildItems.Evaluate(Manifest.StarterProject, "Compile")["Compile"], Is.SupersetOf(Manifest.StudentFiles.Select(RepositoryFiles.PathOf)));
        Assert.That(MsBuildItems.Evaluate(Manifest.SolutionProject, "Compile")["Compile"], Is.SupersetOf(Manifest.ExampleSolutionFiles.Select(RepositoryFiles.PathOf)));
    }

    [Test]
    public void Manifest_StarterAndEveryProjectItReferencesUseOnlyShippedFiles()
    {
        var pending = new Queue<string>([RepositoryFiles.PathOf(Manifest.StarterProject)]);
        var seen = new HashSet<string>();
        var outside = new List<string>();
        while (pending.TryDequeue(out var project))
        {
            if (!seen.Add(project))
            {
                continue;
            }

            var items = MsBuildItems.Evaluate(project, "Compile", "ProjectReference", "EmbeddedResource");
            outside.AddRange(items.Values.SelectMany(paths => paths).Append(project)
                .Select(RepositoryFiles.Relative)
                .Where(path => !KitManifest.IsCoveredBy(path, Manifest.ShipsToStudents)));
            foreach (var reference in items["ProjectReference"])
            {
                pending.Enqueue(reference);
            }
        }

        Assert.That(outside, Is.Empty, "The starter must build from what ships to students (kit.json ships_to_students), but it uses these files.");
    }

    [Test]
    public void Manifest_WhatShipsAndWhatStaysWithInstructorsDoNotOverlap()
    {
        var shipped = Manifest.ShipsToStudents;
        var kept = Manifest.InstructorsOnly;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(shipped.Where(s => KitManifest.IsCoveredBy(s, kept)), Is.Empty, "shipped entries inside instructors_only");
            Assert.That(kept.Where(k => KitManifest.IsCoveredBy(k, shipped)), Is.Empty, "instructors_only entries inside ships_to_students");
            Assert.That(Manifest.StudentFiles.Concat(Manifest.PublicTestFiles).Where(f => !KitManifest.IsCoveredBy(f, shipped)), Is.Empty,
                "the student's files and the public tests must ship");
            Assert.That(Manifest.ExampleSolutionFiles.Append(Manifest.SolutionProject).Where(f => !KitManifest.IsCoveredBy(f, kept)), Is.Empty,
                "the example solution must stay with instructors");
        }
    }
}
