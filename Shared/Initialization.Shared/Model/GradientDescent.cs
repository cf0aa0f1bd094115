namespace Initialization.Shared.Model;

/// <summary>Full-batch gradient descent exactly as the course's <c>model</c> loop runs it.</summary>
internal static class GradientDescent
{
    public static TrainingResult Run(Matrix x, Matrix y, IReadOnlyDictionary<string, Matrix> initial, TrainingOptions options, Action<CostReport>? onCost)
    {
        var p = initial.ToDictionary(kv => kv.Key, kv => kv.Value.Clone());
        var costs = new List<CostReport>();
        var m = x.Cols;
        for (var i = 0; i < options.Iterations; i++)
        {
            var a = ForwardPass.Run(x, p);
            if (i % options.ReportEvery == 0)
            {
                var report = new CostReport(i, CrossEntropy.Cost(a.A3.AsSpan(), y.AsSpan()));
                costs.Add(report);
                onCost?.Invoke(report);
            }

            // Backward pass (the course's backward_propagation).
            var dz3 = 1.0 / m * (a.A3 - y);
            var dW3 = dz3.Dot(a.A2.Transpose());
            var db3 = dz3.RowSums();
            var da2 = p["W3"].Transpose().Dot(dz3);
            var dz2 = da2 * a.A2.Map(static v => v > 0 ? 1.0 : 0.0);
            var dW2 = dz2.Dot(a.A1.Transpose());
            var db2 = dz2.RowSums();
            var da1 = p["W2"].Transpose().Dot(dz2);
            var dz1 = da1 * a.A1.Map(static v => v > 0 ? 1.0 : 0.0);
            var dW1 = dz1.Dot(x.Transpose());
            var db1 = dz1.RowSums();

            p["W1"] -= options.LearningRate * dW1;
            p["b1"] -= options.LearningRate * db1;
            p["W2"] -= options.LearningRate * dW2;
            p["b2"] -= options.LearningRate * db2;
            p["W3"] -= options.LearningRate * dW3;
            p["b3"] -= options.LearningRate * db3;
        }

        return new TrainingResult(p, costs);
    }
}
