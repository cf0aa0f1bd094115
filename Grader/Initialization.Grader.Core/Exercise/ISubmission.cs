namespace Initialization.Grader.Exercise;

/// <summary>The code under test: something that can run an exercise's graded methods.</summary>
public interface ISubmission
{
    /// <summary>
    /// Calls <paramref name="method"/> with <paramref name="arguments"/>. Never throws for anything
    /// the student's code does: every fault comes back as a <see cref="CallOutcome"/>.
    /// </summary>
    /// <param name="method">One of the exercise's graded methods (its manifest names them).</param>
    /// <param name="arguments">Canonical values (<see cref="Protocol.Values.GradedValue"/>); the callee gets its own copies.</param>
    /// <returns>What happened.</returns>
    CallOutcome Call(string method, params object?[] arguments);
}
