using Initialization.Grader.Pipeline;
using Initialization.Grader.Reporting;

namespace Initialization.Grader.Batch;

/// <summary>
/// Where each student's result lives in a batch's output: results/ID.json (Gradescope's
/// format, the record that later runs read back to skip students already graded), plus
/// results/ID.FORMAT.EXT when another --format is asked for.
/// </summary>
public sealed class StudentResults(string output)
{
    private static readonly HashSet<char> s_unsafeInFileNames = [.. Path.GetInvalidFileNameChars(), '/', '\\'];

    /// <summary>The folder of per-student results.</summary>
    public string Folder { get; } = Path.Combine(output, "results");

    /// <summary>The student's Gradescope result file.</summary>
    public string RecordOf(string studentId) => Path.Combine(Folder, FileStem(studentId) + ".json");

    /// <summary>
    /// The student id as a file name: path separators and characters no file name may hold become
    /// "_", so an id from a roster or an export (e.g. "cs/101/alice") stays inside results/.
    /// </summary>
    /// <param name="studentId">The student's id.</param>
    /// <returns>The id itself when it is already a safe name (every plain entry's name is).</returns>
    public static string FileStem(string studentId)
    {
        ArgumentNullException.ThrowIfNull(studentId);
        return string.Concat(studentId.Select(c => s_unsafeInFileNames.Contains(c) || char.IsControl(c) ? '_' : c));
    }

    /// <summary>The previous result of <paramref name="studentId"/>, or null when there is none, it is unreadable, or it was a grader fault (to be graded again).</summary>
    public GradingResult? Previous(string studentId)
    {
        var record = RecordOf(studentId);
        if (!File.Exists(record))
        {
            return null;
        }

        try
        {
            return GradescopeReport.Read(File.ReadAllText(record)) is { GraderFault: false } previous ? previous : null;
        }
        catch (Exception exception) when (exception is IOException or Newtonsoft.Json.JsonException or InvalidDataException)
        {
            return null;
        }
    }

    /// <summary>Writes the student's result: the record, and the requested format if it is another.</summary>
    /// <returns>The result as the record reads back, which is what the class-wide reports are written from.</returns>
    public GradingResult Save(string studentId, GradingResult result, IResultFormat format, ReportContext context)
    {
        ArgumentNullException.ThrowIfNull(format);
        var record = GradescopeReport.Write(result);
        ResultFile.Write(RecordOf(studentId), record);
        // A fault is kept in the record; a format that cannot carry one gets no file (a platform would apply it).
        if (format is not GradescopeFormat && (format.CanReportFaults || !result.GraderFault))
        {
            ResultFile.Write(FormatFileOf(studentId, format), format.Write(result, context));
        }

        return GradescopeReport.Read(record);
    }

    /// <summary>
    /// Writes the requested format's file of a student graded earlier, from the record, when it is
    /// missing (a later run asked for another --format): nobody is graded again for a format.
    /// </summary>
    /// <param name="studentId">The student.</param>
    /// <param name="record">The student's result as the record reads back.</param>
    /// <param name="format">The format asked for.</param>
    /// <param name="context">The report's context.</param>
    /// <returns>Whether a file was written.</returns>
    public bool WriteMissingFormat(string studentId, GradingResult record, IResultFormat format, ReportContext context)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(format);
        var path = FormatFileOf(studentId, format);
        if (format is GradescopeFormat || (record.GraderFault && !format.CanReportFaults) || File.Exists(path))
        {
            return false;
        }

        ResultFile.Write(path, format.Write(record, context));
        return true;
    }

    /// <summary>Every file the student's results may have: the record and one per format besides Gradescope's.</summary>
    public IEnumerable<string> FilesOf(string studentId) =>
        ResultFormats.All.Where(f => f is not GradescopeFormat).Select(f => FormatFileOf(studentId, f)).Prepend(RecordOf(studentId));

    private string FormatFileOf(string studentId, IResultFormat format) => Path.Combine(Folder, $"{FileStem(studentId)}.{format.Name}{format.FileExtension}");
}
