namespace Initialization.Grader.Reporting;

/// <summary>
/// Writes a report so that readers never see half of it: a temporary file, then a rename. The
/// temporary file has an unpredictable name and is created exclusively (O_CREAT | O_EXCL, which
/// never follows a symlink), so a link planted in the destination's folder cannot make the grader
/// (often root) write through it.
/// </summary>
public static class ResultFile
{
    private const int Attempts = 8;

    /// <summary>The temporary files being written now, for <see cref="RemoveUnfinished"/>.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> s_unfinished = new(StringComparer.Ordinal);

    /// <summary>Writes <paramref name="text"/> to <paramref name="path"/> atomically, creating the folder.</summary>
    /// <param name="path">The destination file.</param>
    /// <param name="text">The contents.</param>
    public static void Write(string path, string text)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(folder);
        var temporary = CreateTemporary(folder, Path.GetFileName(full), out var stream);
        s_unfinished[temporary] = true;
        try
        {
            using (var writer = new StreamWriter(stream))
            {
                writer.Write(text);
            }

            // rename() replaces the destination entry itself: a symlink there is replaced, not followed.
            File.Move(temporary, full, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
        finally
        {
            s_unfinished.TryRemove(temporary, out _);
        }
    }

    /// <summary>Deletes the temporary files of the writes in progress: the program is ending at once and they would never be renamed.</summary>
    public static void RemoveUnfinished()
    {
        foreach (var temporary in s_unfinished.Keys)
        {
            try
            {
                File.Delete(temporary);
            }
            catch (Exception failure) when (failure is IOException or UnauthorizedAccessException)
            {
                // Best effort: the program is ending.
            }
        }
    }

    /// <summary>A new file next to the destination that did not exist before, and the stream writing it.</summary>
    private static string CreateTemporary(string folder, string name, out FileStream stream)
    {
        for (var attempt = 1; ; attempt++)
        {
            var temporary = Path.Combine(folder, $".{name}.{Path.GetRandomFileName()}.tmp");
            try
            {
                stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None);
                return temporary;
            }
            catch (IOException) when (attempt < Attempts)
            {
                // Taken (or planted): another name.
            }
        }
    }
}
