using Initialization.Shared;

namespace Initialization.Experiments;

/// <summary>How a call of a student's initializer went.</summary>
public enum InitializerStatus
{
    /// <summary>It returned parameters with the right keys and shapes.</summary>
    Succeeded,

    /// <summary>It still throws the starter's NotImplementedException.</summary>
    NotImplemented,

    /// <summary>It threw another exception, or returned wrong keys or shapes.</summary>
    Failed,
}

/// <summary>The result of calling a student's initializer once.</summary>
/// <param name="Status">Whether it worked.</param>
/// <param name="Parameters">What it returned when it <see cref="InitializerStatus.Succeeded"/>; null otherwise.</param>
/// <param name="Message">What went wrong, in the student's terms; null when it succeeded.</param>
public sealed record InitializerOutcome(InitializerStatus Status, IReadOnlyDictionary<string, Matrix>? Parameters, string? Message)
{
    /// <summary>Whether the initializer returned usable parameters.</summary>
    public bool Succeeded => Status == InitializerStatus.Succeeded;
}
