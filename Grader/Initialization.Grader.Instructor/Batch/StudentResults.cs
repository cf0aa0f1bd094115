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
    public void Save(string studentId, GradingResult result, IResultFormat format, ReportContext context)
    {
        ResultFile.Write(RecordOf(studentId), GradescopeReport.Write(result));
        // A fault is kept in the record; a format that cannot carry one gets no file (a platform would apply it).
        if (format is not GradescopeFormat && (format.CanReportFaults || !result.GraderFault))
        {
            ResultFile.Write(Path.Combine(Folder, $"{FileStem(studentId)}.{format.Name}{format.FileExtension}"), format.Write(result, context));
        }
    }
}
