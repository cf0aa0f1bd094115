using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Initialization.Shared.Model;

/// <summary>Full-batch gradient descent exactly as the course's <c>model</c> loop runs it.</summary>
internal static class GradientDescent
{
    /// <summary>Trains a copy of <paramref name="initial"/> and returns it with the reported costs.</summary>
    public static TrainingResult Run(Matrix x, Matrix y, IReadOnlyDictionary<string, Matrix> initial, TrainingOptions options, Action<CostReport>? onCost)
    {
        var workspace = new TrainingWorkspace(x, y, initial);
        var costs = new List<CostReport>(ReportCount(options));
        Iterate(workspace, options, costs, onCost);
        return new TrainingResult(workspace.Parameters.ToDictionary(), costs);
    }

    /// <summary>The number of reported iterations: 0, ReportEvery, 2 · ReportEvery, … below Iterations.</summary>
    public static int ReportCount(TrainingOptions options) =>
        (int)(((long)options.Iterations + options.ReportEvery - 1) / options.ReportEvery);

    /// <summary>
    /// The training loop. It allocates nothing: every buffer is in <paramref name="w"/> and
    /// <paramref name="costs"/> has room for every report.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Iterate(TrainingWorkspace w, TrainingOptions options, List<CostReport> costs, Action<CostReport>? onCost)
    {
        var p = w.Parameters;
        for (var i = 0; i < options.Iterations; i++)
        {
            ForwardPass.Run(w.Inputs, w.InputStride, w.Examples, p, w.A1, w.A2, w.A3);
            // The cost does not feed the gradients, so it is only computed when it is reported.
            if (i % options.ReportEvery == 0)
            {
                var report = new CostReport(i, CrossEntropy.Cost(w.A3, w.Labels, w.CostTerms));
                costs.Add(report);
                onCost?.Invoke(report);
            }

            BackwardPass.Run(w);
            Update(w, options.LearningRate);
        }
    }

    /// <summary>W −= learning_rate · dW and b −= learning_rate · db, as the course's <c>update_parameters</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void Update(TrainingWorkspace w, double learningRate)
    {
        var p = w.Parameters;
        // Only the real columns: the zero partner of an odd last feature must stay zero.
        var realColumns = p.InputSize * PackedParameters.Hidden1Lanes;
        Step(p.W1Columns.AsSpan(0, realColumns), w.DW1.AsSpan(0, realColumns), learningRate);
        Step(p.B1, w.Db1, learningRate);
        Step(p.W2Rows, w.DW2, learningRate);
        Step(p.B2, w.Db2, learningRate);
        Step(p.W3, w.DW3, learningRate);
        p.B3 -= learningRate * w.Db3;
        p.RefreshW2Columns();
    }

    private static void Step(Span<double> parameters, ReadOnlySpan<double> gradients, double learningRate)
    {
        // Whole vectors: every packed buffer is a multiple of 8 long.
        var rate = Vector512.Create(learningRate);
        for (var i = 0; i < parameters.Length; i += 8)
        {
            var updated = Vector512.Create(parameters.Slice(i, 8)) - (rate * Vector512.Create(gradients.Slice(i, 8)));
            updated.CopyTo(parameters[i..]);
        }
    }
}
