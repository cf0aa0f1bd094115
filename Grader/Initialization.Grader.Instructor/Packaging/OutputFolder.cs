namespace Initialization.Grader.Packaging;

/// <summary>
/// Writes a new folder all at once: it is filled under a temporary name beside its destination
/// and renamed into place when complete. An existing folder with anything in it is refused,
/// never overwritten, so nothing is ever lost.
/// </summary>
public static class OutputFolder
{
    /// <summary>Creates <paramref name="path"/> with what <paramref name="fill"/> writes into the folder it is given.</summary>
    /// <param name="path">The destination: a folder that does not exist yet, or an empty one.</param>
    /// <param name="fill">Writes the contents into the (staging) folder it receives.</param>
    /// <exception cref="PackagingException">The destination is a file or a folder that is not empty.</exception>
    public static void Create(string path, Action<string> fill)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(fill);
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        if (File.Exists(full))
        {
            throw new PackagingException($"{path} is a file: give the path of a new (or empty) folder");
        }

        if (Directory.Exists(full) && Directory.EnumerateFileSystemEntries(full).Any())
        {
            throw new PackagingException($"{path} already exists and is not empty: give a new (or empty) folder; nothing was written");
        }

        var parent = Path.GetDirectoryName(full) ?? throw new PackagingException($"{path} is a file system root: give a folder inside it");
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, $".{Path.GetFileName(full)}.{Environment.ProcessId}.tmp");
        try
        {
            Directory.CreateDirectory(staging);
            fill(staging);
            if (Directory.Exists(full))
            {
                // Empty (checked above); a non-recursive delete fails rather than lose anything written there since.
                Directory.Delete(full);
            }

            Directory.Move(staging, full);
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
    }
}
