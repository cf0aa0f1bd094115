using System.Text;

namespace Initialization.Grader.Pipeline;

/// <summary>
/// Stage 1: finds the student's file (the exercise's submission file, e.g. Initializers.cs) in
/// what was handed in (a file, or a folder such as Gradescope's /autograder/submission) and reads
/// it, refusing anything that is not a reasonable C# source file.
/// </summary>
/// <param name="expectedFileName">The name of the file students submit.</param>
public sealed class SubmissionLocator(string expectedFileName)
{
    /// <summary>The name of the file students submit.</summary>
    public string ExpectedFileName { get; } = expectedFileName;

    /// <summary>Larger files are refused: the real one is about 4 KB.</summary>
    public const int MaxBytes = 1024 * 1024;

    private static readonly string[] s_ignoredFolders = ["bin", "obj", ".git", ".vs", ".idea", "__MACOSX"];

    /// <summary>Reads the submission at <paramref name="path"/>.</summary>
    /// <param name="path">A .cs file or a folder holding one.</param>
    /// <returns>The file's name and text.</returns>
    /// <exception cref="NotGradableException">Nothing gradable is there.</exception>
    public SubmissionSource Locate(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (File.Exists(path))
        {
            return Read(path);
        }

        if (!Directory.Exists(path))
        {
            throw new NotGradableException($"there is no file or folder at '{path}'. Submit your {ExpectedFileName}.");
        }

        var sources = CSharpFilesUnder(path).ToList();
        var named = sources.Where(f => string.Equals(Path.GetFileName(f), ExpectedFileName, StringComparison.OrdinalIgnoreCase)).ToList();
        var candidates = named.Count > 0 ? named : sources;
        return candidates.Count switch
        {
            1 => Read(candidates[0]),
            0 => throw new NotGradableException($"the submission has no {ExpectedFileName} (no .cs file at all). Submit the file Starter/{ExpectedFileName} that you edited."),
            _ => throw new NotGradableException(
                $"the submission has {candidates.Count} candidate files ({string.Join(", ", candidates.Select(f => Path.GetRelativePath(path, f)).Order(StringComparer.Ordinal))}); " +
                $"submit only your {ExpectedFileName}."),
        };
    }

    private static IEnumerable<string> CSharpFilesUnder(string folder)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = false, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.ReparsePoint };
        foreach (var file in Directory.EnumerateFiles(folder, "*.cs", options))
        {
            yield return file;
        }

        foreach (var child in Directory.EnumerateDirectories(folder, "*", options))
        {
            if (!s_ignoredFolders.Contains(Path.GetFileName(child), StringComparer.OrdinalIgnoreCase))
            {
                foreach (var file in CSharpFilesUnder(child))
                {
                    yield return file;
                }
            }
        }
    }

    private SubmissionSource Read(string file)
    {
        var name = Path.GetFileName(file);
        var length = new FileInfo(file).Length;
        if (length == 0)
        {
            throw new NotGradableException($"{name} is empty. Submit the {ExpectedFileName} you edited, with your code in it.");
        }

        if (length > MaxBytes)
        {
            throw new NotGradableException($"{name} is {length / 1024} KB; a submission may be at most {MaxBytes / 1024} KB (the Starter's file is a few KB). Submit only your {ExpectedFileName}.");
        }

        var bytes = File.ReadAllBytes(file);
        if (Array.IndexOf(bytes, (byte)0) >= 0)
        {
            throw new NotGradableException($"{name} is not a text file (it contains binary data). Submit the C# source file {ExpectedFileName}, not a compiled or zipped file.");
        }

        try
        {
            var text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes);
            return new SubmissionSource(name, text.TrimStart('\uFEFF'));
        }
        catch (DecoderFallbackException exception)
        {
            throw new NotGradableException($"{name} is not UTF-8 text (an invalid byte at position {exception.Index}). Save it as UTF-8 in your editor and submit it again.", exception);
        }
    }
}
