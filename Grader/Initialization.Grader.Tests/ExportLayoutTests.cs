using Initialization.Grader.Batch;
using Initialization.Grader.Batch.Identity;

namespace Initialization.Grader.Tests;

/// <summary>The LMS export layouts a batch recognises by itself: each entry's student comes from how the platform named it.</summary>
public class ExportLayoutTests
{
    private const string Code = "public static class Initializers { }";

    [Test]
    public void Canvas_FilesNamedByCanvas_AreKeyedByTheCanvasUserId_LateOrNot_AlsoInAFolder()
    {
        using var folder = new TemporaryFolder();
        Write(folder, "cohenmia_11073_5550001_Initializers.cs");
        Write(folder, "łukasiewiczzoë_late_22001_5550002_Initializers-1.cs");
        Write(folder, "smithjo_LATE_33002_5550003_Initializers.cs");
        Write(folder, Path.Combine("wrapped", "doejane_44003_5550004_Initializers.cs"));

        var identified = ClassRoster.Identify(folder.Path, IdentityOptions.Default);

        Assert.Multiple(() =>
        {
            Assert.That(identified.Layout, Is.EqualTo(ExportLayout.Canvas));
            Assert.That(identified.Students.Select(s => (s.Id, s.Identity.CanvasUserId, Path.GetFileName(s.Path))), Is.EqualTo(new[]
            {
                ("11073", (string?)"11073", "cohenmia_11073_5550001_Initializers.cs"),
                ("22001", "22001", "łukasiewiczzoë_late_22001_5550002_Initializers-1.cs"),
                ("33002", "33002", "smithjo_LATE_33002_5550003_Initializers.cs"),
                ("44003", "44003", "wrapped"),
            }));
        });
    }

    [Test]
    public void Moodle_FoldersGiveTheWorksheetIdentifier_AndTheFullName_WithCommasAndNonAsciiLetters()
    {
        using var folder = new TemporaryFolder();
        Write(folder, Path.Combine("Zoë Łukasiewicz_4711_assignsubmission_file_", "Initializers.cs"));
        Write(folder, Path.Combine("Cohen, Mia_11073_assignsubmission_file_", "Initializers.cs"));
        Write(folder, "Jo Smith_902_assignsubmission_file_Initializers.cs");

        var identified = ClassRoster.Identify(folder.Path, IdentityOptions.Default);

        Assert.Multiple(() =>
        {
            Assert.That(identified.Layout, Is.EqualTo(ExportLayout.Moodle));
            Assert.That(identified.Students.Select(s => (s.Id, s.Identity.Key, s.Identity.Name)), Is.EquivalentTo(new[]
            {
                ("Participant 4711", "4711", (string?)"Zoë Łukasiewicz"),
                ("Participant 11073", "11073", "Cohen, Mia"),
                ("Participant 902", "902", "Jo Smith"),
            }));
            Assert.That(identified.Warnings, Has.One.Contains("--roster"), "participants are not usernames: the instructor is told what to add");
        });
    }

    [Test]
    public void Gradescope_TheMetadataNamesEachSubmitter_BySidOrElseEmail()
    {
        using var folder = new TemporaryFolder();
        Write(folder, Path.Combine("submission_101", "Initializers.cs"));
        Write(folder, Path.Combine("submission_102", "Initializers.cs"));
        File.WriteAllText(Path.Combine(folder.Path, GradescopeExportReader.MetadataFile), """
            ---
            submission_101:
              :submitters:
              - :name: Zoë Łukasiewicz
                :sid: 'S-4711'
                :email: zoe@example.edu
              :created_at: 2026-11-30 12:00:00.000000000 -08:00
              :score: !ruby/object:BigDecimal 18:0.0
            submission_102:
              :submitters:
              - :name: Cohen, Mia
                :sid:
                :email: mia@example.edu
            """);

        var identified = ClassRoster.Identify(folder.Path, IdentityOptions.Default);

        Assert.Multiple(() =>
        {
            Assert.That(identified.Layout, Is.EqualTo(ExportLayout.Gradescope));
            Assert.That(identified.Students.Select(s => (s.Id, s.Identity.Name, s.Identity.Email)), Is.EqualTo(new[]
            {
                ("S-4711", (string?)"Zoë Łukasiewicz", (string?)"zoe@example.edu"),
                ("mia@example.edu", "Cohen, Mia", "mia@example.edu"),
            }));
        });
    }

    [Test]
    public void Gradescope_AGroupSubmission_OrAFolderMissingFromTheMetadata_IsReported()
    {
        using var folder = new TemporaryFolder();
        Write(folder, Path.Combine("submission_201", "Initializers.cs"));
        Write(folder, Path.Combine("submission_202", "Initializers.cs"));
        File.WriteAllText(Path.Combine(folder.Path, GradescopeExportReader.MetadataFile), """
            submission_201:
              :submitters:
              - :name: Ann
                :sid: '1'
              - :name: Ben
                :sid: '2'
            """);

        Assert.That(() => ClassRoster.Identify(folder.Path, IdentityOptions.Default), Throws.TypeOf<InvalidDataException>()
            .With.Message.Contains("'submission_201' is a group submission (Ann, Ben)")
            .And.Message.Contains("'submission_202' is not in submission_metadata.yml"));
    }

    [Test]
    public void Classroom_TheUsernameFollowsThePrefix_GivenOrCommonToAllFolders()
    {
        using var folder = new TemporaryFolder();
        Write(folder, Path.Combine("initialization-alice", "Initializers.cs"));
        Write(folder, Path.Combine("initialization-bob-the-builder", "Initializers.cs"));

        var given = ClassRoster.Identify(folder.Path, new IdentityOptions(ClassroomPrefix: "initialization-"));
        var common = ClassRoster.Identify(folder.Path, new IdentityOptions(Layout: ExportLayout.Classroom));
        var plain = ClassRoster.Identify(folder.Path, IdentityOptions.Default);

        Assert.Multiple(() =>
        {
            Assert.That(given.Students.Select(s => (s.Id, s.Identity.Login)), Is.EqualTo(new[] { ("alice", (string?)"alice"), ("bob-the-builder", "bob-the-builder") }));
            Assert.That(common.Students.Select(s => s.Id), Is.EqualTo(new[] { "alice", "bob-the-builder" }));
            Assert.That(plain.Students.Select(s => s.Id), Is.EqualTo(new[] { "initialization-alice", "initialization-bob-the-builder" }), "never guessed: plain names look alike");
        });
    }

    [Test]
    public void AMixOfLayouts_IsRefused_NamingTheOddEntries()
    {
        using var folder = new TemporaryFolder();
        Write(folder, "cohenmia_11073_5550001_Initializers.cs");
        Write(folder, "smithjo_33002_5550003_Initializers.cs");
        Write(folder, Path.Combine("alice", "Initializers.cs"));

        Assert.That(() => ClassRoster.Identify(folder.Path, IdentityOptions.Default), Throws.TypeOf<InvalidDataException>()
            .With.Message.Contains("2 of the 3 entries are named as a Canvas export names them, but not 'alice'")
            .And.Message.Contains("--layout plain"));
    }

    [Test]
    public void AForcedLayout_RefusesEntriesItCannotRead_AndPlainKeepsEveryName()
    {
        using var folder = new TemporaryFolder();
        Write(folder, "cohenmia_11073_5550001_Initializers.cs");
        Write(folder, Path.Combine("alice", "Initializers.cs"));

        Assert.Multiple(() =>
        {
            Assert.That(() => ClassRoster.Identify(folder.Path, new IdentityOptions(Layout: ExportLayout.Canvas)), Throws.TypeOf<InvalidDataException>().With.Message.Contains("'alice' is not named as a canvas export names its entries"));
            Assert.That(ClassRoster.Identify(folder.Path, new IdentityOptions(Layout: ExportLayout.Plain)).Students.Select(s => s.Id), Is.EqualTo(new[] { "alice", "cohenmia_11073_5550001_Initializers" }));
        });
    }

    [Test]
    public void TwoFilesOfOneCanvasStudent_AreReported_AsOneStudentWithTwoSubmissions()
    {
        using var folder = new TemporaryFolder();
        Write(folder, "cohenmia_11073_5550001_Initializers.cs");
        Write(folder, "cohenmia_11073_5550002_Helpers.cs");

        Assert.That(() => ClassRoster.Identify(folder.Path, IdentityOptions.Default), Throws.TypeOf<InvalidDataException>().With.Message.Contains("both belong to the student '11073'"));
    }

    private static void Write(TemporaryFolder folder, string relative)
    {
        var path = Path.Combine(folder.Path, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, Code);
    }
}
