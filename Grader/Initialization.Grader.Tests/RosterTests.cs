using System.Text;
using Initialization.Grader.Batch;
using Initialization.Grader.Batch.Identity;

namespace Initialization.Grader.Tests;

/// <summary>--roster: each submission maps to one roster row; every problem is reported at once, before grading.</summary>
public class RosterTests
{
    private const string Code = "public static class Initializers { }";

    [Test]
    public void ARosterWithABom_QuotedCommasAndPatterns_MapsEachSubmissionToItsStudent()
    {
        using var folder = ClassFolder("alice", "bob.cs", "Zoë Ł");
        var roster = Roster(folder, "\uFEFFsubmission,student_id,login,name,email,section\r\n" +
            "alice,a100,alice1,\"Cohen, Mia\",mia@example.edu,A\r\n" +
            "bo*,b200,,Bob,,B\r\n" +
            "Zoë*,z300,zl,Zoë Łukasiewicz,,\r\n");

        var identified = ClassRoster.Identify(folder.Path, new IdentityOptions(roster));

        Assert.Multiple(() =>
        {
            Assert.That(identified.Students.Select(s => (s.Id, s.Identity.Name, s.Identity.Section, Path.GetFileName(s.Path))), Is.EqualTo(new[]
            {
                ("a100", (string?)"Cohen, Mia", (string?)"A", "alice"),
                ("b200", "Bob", "B", "bob.cs"),
                ("z300", "Zoë Łukasiewicz", null, "Zoë Ł"),
            }));
            Assert.That(identified.Students[0].Identity.Login, Is.EqualTo("alice1"));
            Assert.That(identified.RosterWithoutSubmission, Is.Empty);
        });
    }

    [Test]
    public void RosterStudentsWithoutASubmission_AreListed_NotAnError()
    {
        using var folder = ClassFolder("alice");
        var roster = Roster(folder, "submission,student_id\nalice,a100\ncarol,c300\n");

        var identified = ClassRoster.Identify(folder.Path, new IdentityOptions(roster));

        Assert.That(identified.RosterWithoutSubmission!.Select(r => r.StudentId), Is.EqualTo(new[] { "c300" }));
    }

    [Test]
    public void ALayoutsKey_IsWhatTheKeyColumnMatches()
    {
        using var folder = ClassFolder("cohenmia_11073_5550001_Initializers.cs", "smithjo_late_33002_5550003_Initializers.cs");
        var roster = Roster(folder, "key,student_id,name\n11073,mcohen,\"Cohen, Mia\"\n33002,jsmith,Jo Smith\n");

        var identified = ClassRoster.Identify(folder.Path, new IdentityOptions(roster));

        Assert.That(identified.Students.Select(s => (s.Id, s.Identity.CanvasUserId, s.Identity.Name)), Is.EqualTo(new[]
        {
            ("jsmith", (string?)"33002", (string?)"Jo Smith"),
            ("mcohen", "11073", "Cohen, Mia"),
        }));
    }

    [Test]
    public void EveryMatchingProblem_IsReportedInOneMessage_BeforeGrading()
    {
        using var folder = ClassFolder("alice", "bob", "carol", "dave");
        var roster = Roster(folder, "submission,student_id\n" +
            "alice,a100\n" +
            "b*,b200\n" +
            "bob,b201\n" +
            "carol,s1\n" +
            "dave,s1\n");

        var message = Assert.Throws<InvalidDataException>(() => ClassRoster.Identify(folder.Path, new IdentityOptions(roster)))!.Message;

        Assert.Multiple(() =>
        {
            Assert.That(message, Does.StartWith("the students could not be identified (3 problems; nothing was graded)"));
            Assert.That(message, Does.Contain("the submission 'bob' matches the roster's lines 3 and 4"));
            Assert.That(message, Does.Contain("the student_id 's1' is on lines 5 and 6"));
            Assert.That(message, Does.Contain("'carol' and 'dave' both belong to the student 's1'"));
        });
    }

    [Test]
    public void ASubmissionMatchingNoRow_AndTwoSubmissionsOfOneStudent_AreReportedTogether()
    {
        using var folder = ClassFolder("alice", "alice-v2", "stranger");
        var roster = Roster(folder, "submission,student_id\nalice*,a100\n");

        var message = Assert.Throws<InvalidDataException>(() => ClassRoster.Identify(folder.Path, new IdentityOptions(roster)))!.Message;

        Assert.Multiple(() =>
        {
            Assert.That(message, Does.Contain("the submission 'stranger' matches no row of roster"));
            Assert.That(message, Does.Contain("'alice' and 'alice-v2' both belong to the student 'a100'"));
        });
    }

    [TestCase("student_id,name\na1,Ann\n", "line 1: no 'submission' or 'key' column")]
    [TestCase("submission,name\nalice,Ann\n", "line 1: no 'student_id' column")]
    [TestCase("submission,student_id,studentname\nalice,a1,Ann\n", "line 1: unknown column 'studentname'; the columns are submission, key, student_id, login, name, email, section")]
    [TestCase("submission,student_id,name\nalice,a1,Cohen, Mia\n", "line 2: 4 fields where the header has 3; quote a value that holds a comma")]
    [TestCase("submission,student_id,name\nalice,a1,\"Cohen, Mia\n", "line 2: a quoted field is never closed")]
    [TestCase("submission,student_id\n\nalice,\n", "line 3: no student_id")]
    [TestCase("submission,student_id\n,a1\n", "line 2: neither a submission nor a key")]
    [TestCase("", "is empty: write a header row")]
    public void AMalformedRoster_NamesTheLine_WhatIsWrong_AndWhatToWrite(string text, string expected)
    {
        var problems = new List<string>();

        RosterFile.Parse(text, "roster 'class.csv'", problems);

        Assert.That(problems, Has.One.Contains(expected));
    }

    [Test]
    public void ARosterThatIsNotUtf8_IsRefused_SayingHowToSaveIt()
    {
        using var folder = new TemporaryFolder();
        var path = Path.Combine(folder.Path, "roster.csv");
        File.WriteAllBytes(path, Encoding.Latin1.GetBytes("submission,student_id\nzoë,z1\n"));
        var problems = new List<string>();

        RosterFile.Read(path, problems);

        Assert.That(problems, Has.One.Contains("is not UTF-8 text: save it as \"CSV UTF-8\""));
    }

    [Test]
    public void StudentIds_WithPathSeparators_StayInsideTheResultsFolder_PlainNamesAreKept()
    {
        Assert.Multiple(() =>
        {
            Assert.That(StudentResults.FileStem("cs/101\\alice"), Is.EqualTo("cs_101_alice"));
            Assert.That(StudentResults.FileStem("Zoë Łukasiewicz, 2"), Is.EqualTo("Zoë Łukasiewicz, 2"));
            Assert.That(new StudentResults("/out").RecordOf("../etc"), Is.EqualTo("/out/results/.._etc.json"));
        });
    }

    [TestCase("cohenmia_*", "cohenmia_11073_5550001_Initializers", true)]
    [TestCase("*_11073_*", "cohenmia_11073_5550001_Initializers", true)]
    [TestCase("*_11073_*", "cohenmia_110730_5550001_Initializers", false)]
    [TestCase("ALICE", "alice", true)]
    [TestCase("alice", "alice2", false)]
    [TestCase("a*a", "a", false)]
    public void SubmissionPatterns_MatchTheWholeName_StarForAnyText(string pattern, string entry, bool matches) =>
        Assert.That(SubmissionPattern.Matches(pattern, entry), Is.EqualTo(matches));

    private static TemporaryFolder ClassFolder(params string[] entries)
    {
        // The roster sits beside the entries: a .csv file is no submission.
        var folder = new TemporaryFolder();
        var submissions = folder.Path;
        foreach (var entry in entries)
        {
            var path = entry.EndsWith(".cs", StringComparison.Ordinal) ? Path.Combine(submissions, entry) : Path.Combine(submissions, entry, "Initializers.cs");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, Code);
        }

        return folder;
    }

    private static string Roster(TemporaryFolder folder, string text)
    {
        var path = Path.Combine(folder.Path, "roster.csv");
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }
}
