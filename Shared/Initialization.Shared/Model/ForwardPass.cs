namespace Initialization.Shared.Model;

/// <summary>The activations of one forward pass through the 3-layer network.</summary>
internal sealed record Activations(Matrix Z1, Matrix A1, Matrix Z2, Matrix A2, Matrix Z3, Matrix A3);

/// <summary>LINEAR → RELU → LINEAR → RELU → LINEAR → SIGMOID, as the course's <c>forward_propagation</c>.</summary>
internal static class ForwardPass
{
    public static Activations Run(Matrix x, IReadOnlyDictionary<string, Matrix> p)
    {
        var z1 = p["W1"].Dot(x) + p["b1"];
        var a1 = z1.Map(Relu);
        var z2 = p["W2"].Dot(a1) + p["b2"];
        var a2 = z2.Map(Relu);
        var z3 = p["W3"].Dot(a2) + p["b3"];
        var a3 = z3.Map(Sigmoid);
        return new Activations(z1, a1, z2, a2, z3, a3);
    }

    public static double Relu(double x) => Math.Max(0.0, x);

    public static double Sigmoid(double x) => 1.0 / (1.0 + Math.Exp(-x));
}
