namespace Initialization.Grader.Reporting;

/// <summary>Writes a report so that readers never see half of it: a temporary file, then a rename.</summary>
public static class ResultFile
{
    /// <summary>Writes <paramref name="text"/> to <paramref name="path"/> atomically, creating the folder.</summary>
    /// <param name="path">The destination file.</param>
    /// <param name="text">The contents.</param>
    public static void Write(string path, string text)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temporary = full + $".{Environment.ProcessId}.tmp";
        File.WriteAllText(temporary, text);
        File.Move(temporary, full, overwrite: true);
    }
}
