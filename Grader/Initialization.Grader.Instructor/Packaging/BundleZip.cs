using System.IO.Compression;

namespace Initialization.Grader.Packaging;

/// <summary>
/// Writes a zip that unpacks the same everywhere: entries in name order, one fixed timestamp,
/// Unix permissions kept (the scripts and the grader stay executable), written to a temporary
/// file and renamed, so a half-written bundle never exists under the real name.
/// </summary>
public static class BundleZip
{
    // Zip timestamps start in 1980; a fixed date keeps two builds of the same files identical.
    private static readonly DateTimeOffset s_entryTime = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private const int RegularFile = 0x8000; // S_IFREG, in the high half of the external attributes

    /// <summary>Writes the zip.</summary>
    /// <param name="zipPath">The zip file to create or replace.</param>
    /// <param name="files">Each entry's name (with '/') and the file it holds.</param>
    public static void Write(string zipPath, IEnumerable<(string EntryName, string SourceFile)> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var full = Path.GetFullPath(zipPath);
        if (Directory.Exists(full))
        {
            throw new PackagingException($"{zipPath} is a folder: give the path of the zip file to write");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temporary = $"{full}.{Environment.ProcessId}.tmp";
        try
        {
            using (var archive = ZipFile.Open(temporary, ZipArchiveMode.Create))
            {
                foreach (var (entryName, sourceFile) in files.OrderBy(f => f.EntryName, StringComparer.Ordinal))
                {
                    var entry = archive.CreateEntry(entryName, CompressionLevel.Optimal);
                    entry.LastWriteTime = s_entryTime;
                    var mode = OperatingSystem.IsWindows() ? (UnixFileMode)0b110_100_100 : File.GetUnixFileMode(sourceFile);
                    entry.ExternalAttributes = (RegularFile | (int)mode) << 16;
                    using var source = File.OpenRead(sourceFile);
                    using var target = entry.Open();
                    source.CopyTo(target);
                }
            }

            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
