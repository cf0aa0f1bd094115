namespace Initialization.Experiments;

/// <summary>How one evaluation in the scratchpad went.</summary>
public enum ScratchpadStatus
{
    /// <summary>The code ended with an expression: its value is the text to print.</summary>
    Value,

    /// <summary>The code was statements only (such as <c>var p = …;</c>): there is nothing to print.</summary>
    Done,

    /// <summary>The code does not compile: the text says what and where.</summary>
    DoesNotCompile,

    /// <summary>The code ran into a method of an exercise that is not done yet.</summary>
    NotImplemented,

    /// <summary>The code, or the student's method it called, threw an exception.</summary>
    Threw,
}

/// <summary>The result of evaluating one piece of C# in the scratchpad.</summary>
/// <param name="Status">What happened.</param>
/// <param name="Text">The value, printed the way the notebook prints it (<see cref="ScratchpadStatus.Value"/>);
/// empty (<see cref="ScratchpadStatus.Done"/>); or a message that explains the problem, without a stack trace.</param>
public sealed record ScratchpadResult(ScratchpadStatus Status, string Text)
{
    /// <summary>Whether the code compiled and ran to its end.</summary>
    public bool Succeeded => Status is ScratchpadStatus.Value or ScratchpadStatus.Done;
}
