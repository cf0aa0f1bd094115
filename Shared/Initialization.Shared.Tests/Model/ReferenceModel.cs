using Initialization.Shared.Model;

namespace Initialization.Shared.Tests.Model;

/// <summary>
/// The course's model written plainly with <see cref="Matrix"/> operations, one numpy line per
/// line: the test oracle for shapes the numpy fixtures do not cover. Matrix.Dot adds its products
/// in order and RowSums in numpy's pairwise order, so the optimized model must agree bit for bit.
/// </summary>
internal static class ReferenceModel
{
    public static (Dictionary<string, Matrix> Parameters, List<CostReport> Costs) Train(Matrix x, Matrix y, Dictionary<string, Matrix> initial, TrainingOptions options)
    {
        var p = initial.ToDictionary(kv => kv.Key, kv => kv.Value.Clone());
        var costs = new List<CostReport>();
        var m = x.Cols;
        for (var i = 0; i < options.Iterations; i++)
        {
            var (a1, a2, a3) = Forward(x, p);
            if (i % options.ReportEvery == 0)
            {
                costs.Add(new CostReport(i, NeuralNetwork.Cost(a3, y)));
            }

            var dz3 = 1.0 / m * (a3 - y);
            var dW3 = dz3.Dot(a2.Transpose());
            var db3 = dz3.RowSums();
            var dz2 = p["W3"].Transpose().Dot(dz3) * a2.Map(static v => v > 0 ? 1.0 : 0.0);
            var dW2 = dz2.Dot(a1.Transpose());
            var db2 = dz2.RowSums();
            var dz1 = p["W2"].Transpose().Dot(dz2) * a1.Map(static v => v > 0 ? 1.0 : 0.0);
            var dW1 = dz1.Dot(x.Transpose());
            var db1 = dz1.RowSums();

            p["W1"] -= options.LearningRate * dW1;
            p["b1"] -= options.LearningRate * db1;
            p["W2"] -= options.LearningRate * dW2;
            p["b2"] -= options.LearningRate * db2;
            p["W3"] -= options.LearningRate * dW3;
            p["b3"] -= options.LearningRate * db3;
        }

        return (p, costs);
    }

    public static Matrix Probabilities(Matrix x, IReadOnlyDictionary<string, Matrix> p) => Forward(x, p).A3;

    private static (Matrix A1, Matrix A2, Matrix A3) Forward(Matrix x, IReadOnlyDictionary<string, Matrix> p)
    {
        var a1 = (p["W1"].Dot(x) + p["b1"]).Map(static z => Math.Max(0.0, z));
        var a2 = (p["W2"].Dot(a1) + p["b2"]).Map(static z => Math.Max(0.0, z));
        var a3 = (p["W3"].Dot(a2) + p["b3"]).Map(static z => 1.0 / (1.0 + Math.Exp(-z)));
        return (a1, a2, a3);
    }
}
