using Initialization.Grader.Gradebooks;
using Initialization.Grader.HiddenTests.Subject;
using Initialization.Grader.Pipeline;
using Initialization.Grader.Reporting;
using Microsoft.VisualBasic.FileIO;

namespace Initialization.Grader.Tests;

/// <summary>Canvas and Moodle gradebook CSVs: the columns each importer expects, and quoting a real CSV parser reads back exactly.</summary>
public class GradebookFormatTests
{
    private const string AwkwardId = "o'brien, \"jo\"\nsmith";

    private static readonly List<(string StudentId, GradingResult Result)> s_rows =
    [
        ("alice", SampleResults.AllPassed()),
        ("bob", SampleResults.SomeFailed()),
        (AwkwardId, SampleResults.NotGradable()),
        ("zoë", SampleResults.GraderFault()),
    ];

    [Test]
    public void Canvas_HeaderPointsPossibleAndOneRowPerStudent()
    {
        var rows = Parse(new CanvasGradebook("Initialization", "1234").Write(s_rows, GradedMethods.All));

        Assert.Multiple(() =>
        {
            Assert.That(rows[0], Is.EqualTo(new[] { "Student", "ID", "SIS User ID", "SIS Login ID", "Section", "Initialization (1234)" }));
            Assert.That(rows[1], Is.EqualTo(new[] { "Points Possible", "", "", "", "", "10" }));
            Assert.That(rows.Skip(2).Select(r => r[0]), Is.EqualTo(new[] { "alice", "bob", AwkwardId }), "a grader fault gets no row: Canvas would clear the grade");
            Assert.That(rows.Skip(2).Select(r => r[3]), Is.EqualTo(new[] { "alice", "bob", AwkwardId }), "SIS Login ID by default");
            Assert.That(rows.Skip(2).Select(r => r[5]), Is.EqualTo(new[] { "10", ReportText.Points(SampleResults.SomeFailed().Score), "0" }));
        });
    }

    [Test]
    public void Canvas_StudentKeyChoosesTheIdentifierColumn()
    {
        var rows = Parse(new CanvasGradebook(studentKey: CanvasStudentKey.CanvasId).Write(s_rows, GradedMethods.All));

        Assert.Multiple(() =>
        {
            Assert.That(rows[2][1], Is.EqualTo("alice"));
            Assert.That(rows[2][3], Is.Empty);
            Assert.That(rows[0][5], Is.EqualTo("Initialization"), "without an assignment id, the plain name");
        });
    }

    [Test]
    public void Settings_NameTheAssignmentAndTheStudentKey_TheExerciseTitleByDefault()
    {
        var canvas = Parse(GradebookFormats.Create("canvas", new GradebookSettings(CanvasAssignmentId: "981", CanvasStudentKey: CanvasStudentKey.SisUserId), "ReLU")!.Write(s_rows, GradedMethods.All));
        var moodle = Parse(GradebookFormats.Create("Moodle", new GradebookSettings("Lab 3", MoodleIdentifierColumn: "ID number"), "ReLU")!.Write(s_rows, GradedMethods.All));

        Assert.Multiple(() =>
        {
            Assert.That(canvas[0][5], Is.EqualTo("ReLU (981)"));
            Assert.That(canvas[2][2], Is.EqualTo("alice"), "SIS User ID");
            Assert.That(canvas[2][3], Is.Empty);
            Assert.That(moodle[0].Take(3), Is.EqualTo(new[] { "ID number", "Lab 3", "Lab 3 feedback" }));
            Assert.That(GradebookFormats.Create("blackboard", new GradebookSettings(), "x"), Is.Null);
        });
    }

    [Test]
    public void Moodle_IdentifierGradeFeedbackAndOneColumnPerMethod()
    {
        var rows = Parse(new MoodleGradebook().Write(s_rows, GradedMethods.All));

        Assert.Multiple(() =>
        {
            Assert.That(rows[0], Is.EqualTo(new[] { "Username", "Initialization", "Initialization feedback", "InitializeParametersZeros", "InitializeParametersRandom", "InitializeParametersHe" }));
            Assert.That(rows[1], Is.EqualTo(new[] { "alice", "10", "Score: see the tests", "3", "3", "4" }));
            Assert.That(rows[3], Is.EqualTo(new[] { AwkwardId, "0", SampleResults.NotGradable().Summary, "0", "0", "0" }));
            Assert.That(rows, Has.Count.EqualTo(4), "a grader fault gets no row: Moodle would clear the grade");
        });
    }

    [Test]
    public void Fields_WithSeparatorsQuotesLineBreaksAndEdgeSpaces_AreQuoted_OthersAreNot()
    {
        Assert.Multiple(() =>
        {
            Assert.That(CsvText.Field("plain zoë"), Is.EqualTo("plain zoë"));
            Assert.That(CsvText.Field("a,b"), Is.EqualTo("\"a,b\""));
            Assert.That(CsvText.Field("say \"hi\""), Is.EqualTo("\"say \"\"hi\"\"\""));
            Assert.That(CsvText.Field("two\nlines"), Is.EqualTo("\"two\nlines\""));
            Assert.That(CsvText.Field(" padded"), Is.EqualTo("\" padded\""));
            Assert.That(new CsvText().Row(["a", "b"]).ToString(), Is.EqualTo("\uFEFFa,b\r\n"));
        });
    }

    [Test]
    public void Fields_ThatASpreadsheetWouldRunAsAFormula_GetALeadingApostrophe_NumbersStayNumbers()
    {
        Assert.Multiple(() =>
        {
            Assert.That(CsvText.Field("=1+2"), Is.EqualTo("'=1+2"));
            Assert.That(CsvText.Field("+cmd|' /C calc'!A0"), Is.EqualTo("'+cmd|' /C calc'!A0"));
            Assert.That(CsvText.Field("-2+3"), Is.EqualTo("'-2+3"));
            Assert.That(CsvText.Field("@SUM(A1:A9)"), Is.EqualTo("'@SUM(A1:A9)"));
            Assert.That(CsvText.Field("\t=1"), Is.EqualTo("'\t=1"));
            Assert.That(CsvText.Field("  =1"), Is.EqualTo("'  =1"), "leading spaces do not hide it");
            Assert.That(CsvText.Field("=A1,B1"), Is.EqualTo("\"'=A1,B1\""), "quoted as well when it needs to be");
            Assert.That(CsvText.Field("-1.5"), Is.EqualTo("-1.5"));
            Assert.That(CsvText.Field("+3"), Is.EqualTo("+3"));
            Assert.That(CsvText.Field("a=b"), Is.EqualTo("a=b"));
        });
    }

    [Test]
    public void Registry_FindsCanvasAndMoodleByName()
    {
        Assert.Multiple(() =>
        {
            Assert.That(GradebookFormats.Find("Canvas"), Is.InstanceOf<CanvasGradebook>());
            Assert.That(GradebookFormats.Find("moodle"), Is.InstanceOf<MoodleGradebook>());
            Assert.That(GradebookFormats.Find("blackboard"), Is.Null);
        });
    }

    [Test]
    public void GradebookFiles_StartWithAByteOrderMark_SoExcelReadsNonAsciiNamesAsUtf8()
    {
        string[] names = ["Zoë Łukasiewicz", "李雷", "José Ñúñez"];
        var rows = names.Select(n => (n, SampleResults.AllPassed())).ToList();
        using var folder = new TemporaryFolder();

        Assert.Multiple(() =>
        {
            foreach (var gradebook in GradebookFormats.All)
            {
                var path = Path.Combine(folder.Path, gradebook.FileName);
                ResultFile.Write(path, gradebook.Write(rows, GradedMethods.All));
                var bytes = File.ReadAllBytes(path);
                Assert.That(bytes.Take(3), Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }), $"{gradebook.Name}: UTF-8's byte order mark");

                // Excel's rule: a byte order mark means UTF-8, none means the ANSI code page (Latin-1 here), which garbles these names.
                using var excel = new StreamReader(new MemoryStream(bytes), System.Text.Encoding.Latin1, detectEncodingFromByteOrderMarks: true);
                var opened = excel.ReadToEnd();
                Assert.That(opened, Does.Not.StartWith("\uFEFF"), $"{gradebook.Name}: the mark is not part of the first header");
                foreach (var name in names)
                {
                    Assert.That(opened, Does.Contain(name), $"{gradebook.Name}: names as written");
                }

                Assert.That(System.Text.Encoding.Latin1.GetString(bytes[3..]), Does.Not.Contain(names[0]), "without the mark the same bytes read as Latin-1 are garbled");
            }
        });
    }

    [Test]
    public void Importers_ReadTheHeaderDespiteTheByteOrderMark()
    {
        var canvas = new CanvasGradebook().Write(s_rows, GradedMethods.All);
        var moodle = new MoodleGradebook().Write(s_rows, GradedMethods.All);

        Assert.Multiple(() =>
        {
            // Canvas (GradebookImporter#row_has_student_headers?) checks that the first header includes "Student", without stripping the mark.
            Assert.That(canvas.Split(',')[0], Does.Contain("Student"));
            // Moodle (csv_import_reader::load_csv_content) strips the mark before reading the header.
            Assert.That(moodle.TrimStart(CsvText.ByteOrderMark).Split(',')[0], Is.EqualTo("Username"));
        });
    }

    /// <summary>The rows of a CSV document the kit wrote (which starts with a byte order mark, checked here).</summary>
    private static List<string[]> Parse(string csv)
    {
        Assert.That(csv, Does.StartWith(CsvText.ByteOrderMark.ToString()), "every CSV starts with a byte order mark");
        using var parser = new TextFieldParser(new StringReader(csv[1..])) { HasFieldsEnclosedInQuotes = true, TrimWhiteSpace = false };
        parser.SetDelimiters(",");
        var rows = new List<string[]>();
        while (!parser.EndOfData)
        {
            rows.Add(parser.ReadFields()!);
        }

        return rows;
    }
}
