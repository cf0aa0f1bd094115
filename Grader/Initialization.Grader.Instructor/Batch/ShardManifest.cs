using Initialization.Grader.Batch.Documents;
using Initialization.Grader.Reporting;

namespace Initialization.Grader.Batch;

/// <summary>shard.json in a shard's output folder: what <c>--merge</c> checks before combining shards.</summary>
public static class ShardManifest
{
    /// <summary>The file's name.</summary>
    public const string FileName = "shard.json";

    /// <summary>Writes the manifest into the shard's output folder.</summary>
    public static void Write(string shardFolder, ShardManifestDocument document) =>
        ResultFile.Write(Path.Combine(shardFolder, FileName), ReportJson.Write(document));

    /// <summary>Whether <paramref name="folder"/> is a shard's output.</summary>
    public static bool IsShard(string folder) => File.Exists(Path.Combine(folder, FileName));

    /// <summary>Reads the manifest of the shard in <paramref name="shardFolder"/>.</summary>
    /// <exception cref="InvalidDataException">It is missing, unreadable or incomplete (the message names the file).</exception>
    public static ShardManifestDocument Read(string shardFolder)
    {
        var path = Path.Combine(shardFolder, FileName);
        ShardManifestDocument document;
        try
        {
            document = ReportJson.Read<ShardManifestDocument>(File.ReadAllText(path));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or Newtonsoft.Json.JsonException or InvalidDataException)
        {
            throw new InvalidDataException($"{path} cannot be read ({exception.Message}): run that shard again");
        }

        if (document.Shards < 1 || document.Shard < 0 || document.Shard >= document.Shards || document.Students is null
            || string.IsNullOrEmpty(document.ClassFingerprint) || string.IsNullOrEmpty(document.GraderBuild) || string.IsNullOrEmpty(document.ExercisePack))
        {
            throw new InvalidDataException($"{path} is incomplete or not a shard manifest: run that shard again");
        }

        return document;
    }
}
