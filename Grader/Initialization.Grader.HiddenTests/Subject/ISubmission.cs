namespace Initialization.Grader.HiddenTests.Subject;

/// <summary>The code under test: something that can run the three graded methods.</summary>
public interface ISubmission
{
    /// <summary>
    /// Calls <paramref name="method"/>(<paramref name="layersDims"/>). Never throws for anything the
    /// student's code does: every fault comes back as a <see cref="CallOutcome"/>.
    /// </summary>
    /// <param name="method">One of <see cref="GradedMethods.All"/>.</param>
    /// <param name="layersDims">The argument (the callee gets its own copy).</param>
    /// <returns>What happened.</returns>
    CallOutcome Call(string method, int[] layersDims);
}
