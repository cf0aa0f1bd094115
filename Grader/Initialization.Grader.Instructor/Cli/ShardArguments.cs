using System.Globalization;
using Initialization.Grader.Batch;

namespace Initialization.Grader.Cli;

/// <summary>
/// Which shard a batch grades: <c>--shard I/N</c>, or in a Kubernetes Indexed Job the index from
/// <see cref="IndexVariable"/> and the count from <c>--shard-count N</c> or <see cref="CountVariable"/>
/// (the Job's completions).
/// </summary>
public static class ShardArguments
{
    /// <summary>The variable a Kubernetes Indexed Job sets in each pod: the pod's index, from 0.</summary>
    public const string IndexVariable = "JOB_COMPLETION_INDEX";

    /// <summary>The variable that gives the number of shards when --shard-count does not (set it to the Job's completions).</summary>
    public const string CountVariable = "INITIALIZATION_SHARD_COUNT";

    /// <summary>Works out the shard from the options and the environment.</summary>
    /// <param name="shard">--shard, if given.</param>
    /// <param name="shardCount">--shard-count, if given.</param>
    /// <param name="environment">Reads an environment variable (null when unset).</param>
    /// <param name="result">The shard, or null for the whole class.</param>
    /// <returns>Null when the values are valid, else what is wrong and what to write instead.</returns>
    public static string? Resolve(string? shard, string? shardCount, Func<string, string?> environment, out Shard? result)
    {
        ArgumentNullException.ThrowIfNull(environment);
        result = null;
        var index = environment(IndexVariable);
        if (shard is not null)
        {
            return shardCount is not null
                ? $"give --shard I/N or --shard-count N (with {IndexVariable} from a Kubernetes Indexed Job), not both"
                : Shard.TryParse(shard, out result);
        }

        var count = shardCount ?? environment(CountVariable);
        if (string.IsNullOrEmpty(index))
        {
            return shardCount is null
                ? null
                : $"--shard-count takes this shard's number from {IndexVariable}, which only a Kubernetes Indexed Job sets; elsewhere {Shard.Expected}";
        }

        if (string.IsNullOrEmpty(count))
        {
            return $"{IndexVariable} is set ({index}: a Kubernetes Indexed Job) but not the number of shards: add --shard-count N or set {CountVariable} to the Job's completions (or give --shard I/N)";
        }

        if (!Shard.TryNumber(index, out var i))
        {
            return $"{IndexVariable} '{index}' is not a whole number: it must be this pod's index, which Kubernetes sets in an Indexed Job";
        }

        if (!Shard.TryNumber(count, out var n))
        {
            return $"the number of shards '{count}' ({(shardCount is null ? CountVariable : "--shard-count")}) is not a whole number: give the Job's completions, e.g. 3";
        }

        return Shard.Create(i, n, string.Create(CultureInfo.InvariantCulture, $"{IndexVariable}={i} with {n} shard(s)"), out result);
    }
}
