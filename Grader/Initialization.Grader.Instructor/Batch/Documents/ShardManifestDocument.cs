using Initialization.Grader.Batch.Identity;
using Newtonsoft.Json;

namespace Initialization.Grader.Batch.Documents;

/// <summary>
/// A shard's shard.json: which part of which class it graded, with which grader and exercise,
/// and how its run went. <c>--merge</c> reads it to refuse shards that do not belong together.
/// </summary>
public sealed record ShardManifestDocument
{
    /// <summary>The shard's number, from 0.</summary>
    [JsonProperty("shard", Order = 1)]
    public required int Shard { get; init; }

    /// <summary>How many shards the class was split into.</summary>
    [JsonProperty("shards", Order = 2)]
    public required int Shards { get; init; }

    /// <summary>How many students the whole class has (every shard).</summary>
    [JsonProperty("class_students", Order = 3)]
    public required int ClassStudents { get; init; }

    /// <summary>SHA-256 of the whole class's sorted student ids, one per line: equal for shards of the same class.</summary>
    [JsonProperty("class_fingerprint", Order = 4)]
    public required string ClassFingerprint { get; init; }

    /// <summary>The grading core's build (its assembly's module version id, which a deterministic build derives from its sources).</summary>
    [JsonProperty("grader_build", Order = 5)]
    public required string GraderBuild { get; init; }

    /// <summary>The exercise pack: its name and SHA-256 of its manifest and tests assembly.</summary>
    [JsonProperty("exercise_pack", Order = 6)]
    public required string ExercisePack { get; init; }

    /// <summary>The students of this shard, sorted by id.</summary>
    [JsonProperty("students", Order = 7)]
    public required IReadOnlyList<string> Students { get; init; }

    /// <summary>What the roster or the export layout told about this shard's students; null when each is known by its entry's name alone.</summary>
    [JsonProperty("identities", Order = 11)]
    public IReadOnlyList<StudentIdentity>? Identities { get; init; }

    /// <summary>The roster's students with no submission (the same in every shard of the class); null without a roster.</summary>
    [JsonProperty("roster_without_submission", Order = 12)]
    public IReadOnlyList<string>? RosterWithoutSubmission { get; init; }

    /// <summary>How many of them were graded in the shard's last run (the rest were already).</summary>
    [JsonProperty("graded_in_last_run", Order = 8)]
    public required int GradedInLastRun { get; init; }

    /// <summary>How many hit a fault of the grader in the shard's last run.</summary>
    [JsonProperty("grader_faults_in_last_run", Order = 9)]
    public required int GraderFaultsInLastRun { get; init; }

    /// <summary>Wall-clock time of the shard's last run, in seconds (rounded to hundredths).</summary>
    [JsonProperty("seconds", Order = 10)]
    public required double Seconds { get; init; }
}
