namespace Initialization.Shared.Model;

/// <summary>The cost at one reported iteration, as the course prints "Cost after iteration i: cost".</summary>
/// <param name="Iteration">The iteration number, counted from 0 (the cost before that iteration's update).</param>
/// <param name="Cost">The cross-entropy cost; may be +∞ when an output saturates on a wrong label, as in numpy.</param>
public readonly record struct CostReport(int Iteration, double Cost);
