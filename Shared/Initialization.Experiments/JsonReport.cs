using System.Text;
using Initialization.Shared;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Initialization.Experiments;

/// <summary>
/// The --json summary: one object keyed by experiment ("zeros", "random", "he"). A trained
/// model has "costs" (every 1000 iterations; +∞ and NaN as the strings "Infinity" and "NaN"),
/// "train_accuracy", "test_accuracy", and "train_predictions" / "test_predictions" as strings of
/// 0s and 1s, one character per example. A model that could not be trained has only "error".
/// </summary>
public static class JsonReport
{
    /// <summary>The summary of <paramref name="results"/> as indented JSON.</summary>
    /// <param name="results">The experiments' results, in order.</param>
    /// <returns>The JSON text.</returns>
    public static string Create(IEnumerable<ExperimentResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var report = new JObject();
        foreach (var result in results)
        {
            report[result.Experiment.Key] = result.Trained ? Trained(result) : new JObject { ["error"] = result.Problem };
        }

        return JsonConvert.SerializeObject(report, new JsonSerializerSettings
        {
            Formatting = Formatting.Indented,
            // JSON has no numbers for ∞ and NaN: the course's "inf" cost becomes "Infinity".
            FloatFormatHandling = FloatFormatHandling.String,
        });
    }

    private static JObject Trained(ExperimentResult result) => new()
    {
        ["costs"] = new JArray(result.Costs.Select(c => c.Cost)),
        ["train_accuracy"] = result.TrainAccuracy,
        ["test_accuracy"] = result.TestAccuracy,
        ["train_predictions"] = Labels(result.TrainPredictions!),
        ["test_predictions"] = Labels(result.TestPredictions!),
    };

    private static string Labels(Matrix predictions)
    {
        var labels = new StringBuilder(predictions.Size);
        foreach (var p in predictions.AsSpan())
        {
            labels.Append(p > 0.5 ? '1' : '0');
        }

        return labels.ToString();
    }
}
