namespace Initialization.Grader.Pipeline;

/// <summary>The student's file, read and checked to be text.</summary>
/// <param name="FileName">The file's name, as shown to the student (never a machine path).</param>
/// <param name="Text">Its contents.</param>
public sealed record SubmissionSource(string FileName, string Text);
