using System.IO.Enumeration;
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

    /// <summary>Folders deeper than this below the submission are not searched.</summary>
    public const int MaxFolderDepth = 16;

    /// <summary>Files and folders looked at before the submission is refused (a real one holds a few, a repository a few hundred).</summary>
    public const int MaxEntries = 20_000;

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

    /// <summary>
    /// The .cs files under <paramref name="folder"/>, symbolic links and build or tool folders left
    /// out. The walk is bounded, since a student's repository can hold anything: folders deeper
    /// than <see cref="MaxFolderDepth"/> are not searched (the file lies near the top; a chain of
    /// thousands of nested folders made the path too long for the system, a grader fault), and
    /// more than <see cref="MaxEntries"/> files and folders make the submission not gradable.
    /// </summary>
    private IEnumerable<string> CSharpFilesUnder(string folder)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = false, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.ReparsePoint };
        var entries = 0;
        var pending = new Stack<(string Folder, int Depth)>([(folder, 0)]);
        while (pending.TryPop(out var current))
        {
            List<(string Path, bool IsFolder)> children;
            try
            {
                // One more than the entries left is enough to refuse: a folder of millions is not read to its end.
                children = [.. new FileSystemEnumerable<(string, bool)>(current.Folder, (ref entry) => (entry.ToFullPath(), entry.IsDirectory), options).Take(MaxEntries - entries + 1)];
            }
            catch (PathTooLongException) when (current.Depth > 0)
            {
                // Long folder names below the limit's depth: a folder the system cannot open is not searched.
                continue;
            }

            entries += children.Count;
            if (entries > MaxEntries)
            {
                throw new NotGradableException($"the submission holds more than {MaxEntries} files and folders. Submit only your {ExpectedFileName}.");
            }

            foreach (var (path, isFolder) in children)
            {
                if (!isFolder)
                {
                    if (path.EndsWith(".cs", StringComparison.Ordinal))
                    {
                        yield return path;
                    }
                }
                else if (current.Depth < MaxFolderDepth && !s_ignoredFolders.Contains(Path.GetFileName(path), StringComparer.OrdinalIgnoreCase))
                {
                    pending.Push((path, current.Depth + 1));
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
