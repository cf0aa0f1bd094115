using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using System.Text;
using Initialization.Grader.HiddenTests.Fixtures;
using Initialization.Grader.HiddenTests.Subject;
using Initialization.Shared;
using Initialization.Shared.Model;

namespace Initialization.Grader.HiddenTests.Feedback;

/// <summary>
/// The checks the hidden tests make. Each fails with feedback written for the student (the grader
/// shows the failure message as it is), so they call Assert.Fail with that text rather than
/// letting a constraint append its own "Expected/But was" lines.
/// </summary>
internal static class Expect
{
    /// <summary>How many sets of initial parameters <see cref="CourseCosts"/> remembers: a class hands in few (the right one and the common mistakes).</summary>
    private const int MaxRememberedTrainings = 256;

    /// <summary>The course network's costs from each set of initial parameters trained so far, by <see cref="Fingerprint"/>.</summary>
    private static readonly ConcurrentDictionary<string, IReadOnlyList<CostReport>> s_trained = new(StringComparer.Ordinal);

    /// <summary>The method's result for each named case equals numpy's.</summary>
    public static void MatchesNumpy(string method, bool showExpected, params string[] caseNames)
    {
        var feedback = new List<string>();
        foreach (var name in caseNames)
        {
            var hidden = HiddenCase.Get(method, name);
            if (Review.Check(hidden, InitializerCall.First(method, hidden.LayersDims), showExpected) is { } problem)
            {
                feedback.Add(problem);
            }
        }

        FailWith(feedback);
    }

    /// <summary>
    /// Calling with the same sizes again, after a call with other sizes, gives the same result:
    /// the method keeps no state between calls (no static generator, no static dictionary).
    /// </summary>
    public static void SameResultOnRepeatedCalls(string method, int[] dims, int[] otherDims)
    {
        var first = InitializerCall.First(method, dims);
        if (Review.StructureProblem(method, dims, first) is { } problem)
        {
            FailWith([problem]);
            return;
        }

        InitializerCall.Run(method, otherDims);
        var again = InitializerCall.Run(method, dims);
        if (Review.StructureProblem(method, dims, again) is { } later)
        {
            FailWith([$"The first call worked, but after a call with [{string.Join(", ", otherDims)}] the same call failed: {later}"]);
            return;
        }

        var differences = first.Parameters!.Keys.Union(again.Parameters!.Keys)
            .Where(key => !first.Parameters.TryGetValue(key, out var a) || !again.Parameters.TryGetValue(key, out var b) || !Identical(a!, b!))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (differences.Count > 0)
        {
            FailWith([$"Calling {Review.CallText(method, dims)} again (after a call with [{string.Join(", ", otherDims)}]) gave a different {string.Join(", ", differences)}. " +
                $"The method must give the same result every time: {MistakeCatalog.WhyRepeatedCallsDiffer(method, dims, again.Parameters)}"]);
        }
    }

    /// <summary>The method does not change the layer sizes it is given.</summary>
    public static void LeavesInputUnchanged(string method, int[] dims)
    {
        var outcome = InitializerCall.First(method, dims);
        if (outcome.InputAfterCall is not null && !outcome.InputAfterCall.SequenceEqual(dims))
        {
            FailWith([$"{Review.CallText(method, dims)} changed its argument to [{string.Join(", ", outcome.InputAfterCall)}]. The caller still needs the layer sizes: read layersDims, never write to it."]);
        }
        else if (Review.StructureProblem(method, dims, outcome) is { } problem)
        {
            // Credit for leaving the input alone only counts for a method that does its job.
            FailWith([problem]);
        }
    }

    /// <summary>
    /// Trained on the course's data, the method's parameters for [2, 10, 5, 1] reach the course's
    /// printed costs: 0.8830537463419761 at iteration 0 and 0.6879825919728063 at 1000.
    /// </summary>
    public static void TrainsLikeTheCourse(string method)
    {
        var dims = CourseCases.TrainingNetwork;
        var outcome = InitializerCall.First(method, dims);
        if (Review.StructureProblem(method, dims, outcome) is { } problem)
        {
            FailWith([problem]);
            return;
        }

        var wrong = CourseCosts(outcome.Parameters!).Zip(s_courseCosts).Where(pair => !Tolerance.Equal(pair.First.Cost, pair.Second)).ToList();
        if (wrong.Count > 0)
        {
            var lines = wrong.Select(pair => $"after iteration {pair.First.Iteration} the cost is {pair.First.Cost:R}; the course prints {pair.Second:R}");
            FailWith([$"Training the course's network [2, 10, 5, 1] on the circles with your {method} parameters does not follow the course:\n{Review.Bullets(lines)}\n" +
                "The cost at iteration 0 depends only on the initial parameters: when it differs, so do your W matrices."]);
        }
    }

    /// <summary>
    /// The costs of training the course's network from <paramref name="initial"/>. Training is
    /// deterministic, so a grader process trains each set of parameters once (most of a class
    /// hands in the right ones, or the same few mistakes): bit for bit the same costs, without
    /// the thousand iterations, which were 6 of the 16 ms of CPU the hidden tests took per
    /// graded submission in the 200-student benchmark.
    /// </summary>
    private static IReadOnlyList<CostReport> CourseCosts(IReadOnlyDictionary<string, Matrix?> initial)
    {
        var parameters = initial.ToDictionary(kv => kv.Key, kv => kv.Value!.Clone());
        var key = Fingerprint(parameters);
        if (s_trained.TryGetValue(key, out var known))
        {
            return known;
        }

        var data = Datasets.LoadCircles();
        var costs = NeuralNetwork.Train(data.TrainX, data.TrainY, _ => parameters, new TrainingOptions { Iterations = s_courseCosts.Length * 1000 - 999 }).Costs;
        if (s_trained.Count < MaxRememberedTrainings)
        {
            s_trained.TryAdd(key, costs);
        }

        return costs;
    }

    /// <summary>
    /// Every entry's name, shape and values to the bit (taken before training changes them). The
    /// name goes with its length: a key is the student's text, and one holding the separators
    /// must not read as several entries (another set's fingerprint, and its costs).
    /// </summary>
    private static string Fingerprint(Dictionary<string, Matrix> parameters)
    {
        var text = new StringBuilder();
        foreach (var (name, matrix) in parameters.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            text.Append(name.Length).Append(':').Append(name).Append(' ').Append(matrix.Rows).Append('x').Append(matrix.Cols).Append(' ')
                .Append(Convert.ToBase64String(MemoryMarshal.AsBytes(matrix.AsSpan()))).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>The He costs the course prints for iterations 0 and 1000.</summary>
    private static readonly double[] s_courseCosts = [0.8830537463419761, 0.6879825919728063];

    public static void FailWith(IReadOnlyList<string> feedback)
    {
        if (feedback.Count > 0)
        {
            Assert.Fail(string.Join("\n\n", feedback));
        }
    }

    private static bool Identical(Matrix a, Matrix b) => a.Shape == b.Shape && a.AsSpan().SequenceEqual(b.AsSpan());
}
