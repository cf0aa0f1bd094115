namespace Initialization.Experiments;

/// <summary>What the command line asked of the scratchpad: --eval CODE (any number of times) and --repl.</summary>
public sealed record ScratchpadOptions
{
    /// <summary>The C# of each --eval, evaluated in this order, each seeing the variables of the ones before.</summary>
    public IReadOnlyList<string> Code { get; init; } = [];

    /// <summary>--repl: after the --eval code, read C# from the input line by line until "exit" or its end.</summary>
    public bool Interactive { get; init; }
}
