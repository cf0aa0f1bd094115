namespace Initialization.Grader.Batch.Identity;

/// <summary>One entry of the submissions folder: a folder, or a .cs file.</summary>
/// <param name="FileName">The entry's name as on disk.</param>
/// <param name="Path">Its full path.</param>
/// <param name="IsFolder">Whether it is a folder.</param>
public sealed record SubmissionEntry(string FileName, string Path, bool IsFolder)
{
    /// <summary>The name a plain layout uses as the id: a folder's name, a file's name without ".cs".</summary>
    public string Name => IsFolder ? FileName : System.IO.Path.GetFileNameWithoutExtension(FileName);
}
