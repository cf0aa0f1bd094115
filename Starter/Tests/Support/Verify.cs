using System.Diagnostics;
using Initialization.Shared;

namespace Initialization.Tests.Support;

/// <summary>
/// The value checks of the public tests. Each failure shows the wrong matrices next to the
/// expected ones and one hint, chosen for the whole method so a mistake is named the same way
/// in every test.
/// </summary>
[StackTraceHidden]
internal static class Verify
{
    /// <summary>Every matrix named in <paramref name="keys"/> is all zeros; otherwise fails with <paramref name="hint"/>.</summary>
    public static void Zeros(IReadOnlyDictionary<string, Matrix> parameters, string hint, params string[] keys)
    {
        var problems = keys
            .Select(key => new MatrixCheck(key, Matrix.Zeros(parameters[key].Rows, parameters[key].Cols), 0).Problem(parameters[key]))
            .OfType<string>()
            .ToList();
        if (problems.Count > 0)
        {
            KitFailure.Fail($"{string.Join("\n\n", problems)}\n\nHint: {hint}");
        }
    }

    /// <summary>
    /// Every W{l} in <paramref name="expected"/> equals the student's within <paramref name="tolerance"/>;
    /// otherwise fails, naming the likely mistake: a known one (alone or two at once), a generator
    /// kept between calls, a seed that changes from call to call, or else the rule itself.
    /// </summary>
    public static void Weights(
        WeightRule rule,
        Func<int[], Dictionary<string, Matrix>> initializer,
        int[] layersDims,
        IReadOnlyDictionary<string, Matrix> parameters,
        IReadOnlyDictionary<string, Matrix> expected,
        double tolerance)
    {
        var problems = expected.Select(kv => new MatrixCheck(kv.Key, kv.Value, tolerance).Problem(parameters[kv.Key])).OfType<string>().ToList();
        if (problems.Count > 0)
        {
            KitFailure.Fail($"{string.Join("\n\n", problems)}\n\nHint: {Hint(rule, initializer, layersDims, parameters)}");
        }
    }

    private static string Hint(WeightRule rule, Func<int[], Dictionary<string, Matrix>> initializer, int[] layersDims, IReadOnlyDictionary<string, Matrix> parameters)
    {
        if (LikelyMistakes.Diagnose(LikelyMistakes.Of(rule), layersDims, parameters, () => WeightsOrNull(initializer, LikelyMistakes.ProbeLayers)) is { } known)
        {
            return known;
        }

        if (LikelyMistakes.ContinuesAnEarlierStream(rule, layersDims, parameters))
        {
            return "these are later numbers of the RandomState(3) stream: your generator lives on between calls (a static field, or one created outside the method), " +
                "so each call continues where the last one stopped. Create it with new RandomState(3) at the start of the method.";
        }

        if (ChangesFromCallToCall(initializer, layersDims, parameters))
        {
            return $"calling {rule.Method} twice with the same sizes gave different numbers, so the generator's seed changes from call to call " +
                "(the clock, Environment.TickCount, System.Random, a Guid…). Seed it with the exercise's 3: new RandomState(3), created at the start of the method.";
        }

        return rule.GeneralHint;
    }

    private static Dictionary<string, Matrix>? WeightsOrNull(Func<int[], Dictionary<string, Matrix>> initializer, int[] layersDims)
    {
        try
        {
            return initializer([.. layersDims]);
        }
#pragma warning disable CA1031 // Only asked to tell two mistakes apart; a failing call just cannot help.
        catch (Exception)
#pragma warning restore CA1031
        {
            return null;
        }
    }

    private static bool ChangesFromCallToCall(Func<int[], Dictionary<string, Matrix>> initializer, int[] layersDims, IReadOnlyDictionary<string, Matrix> first)
    {
        var again = WeightsOrNull(initializer, layersDims);
        return again is not null && first.Any(kv => !again.TryGetValue(kv.Key, out var matrix) || matrix is null || !MatrixCheck.Close(matrix, kv.Value, 0));
    }
}
