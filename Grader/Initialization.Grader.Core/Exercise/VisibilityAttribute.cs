using NUnit.Framework;

namespace Initialization.Grader.Exercise;

/// <summary>
/// When students see a hidden test's details on Gradescope: <c>visible</c>, <c>after_due_date</c>,
/// <c>after_published</c> or <c>hidden</c> (the test's points always count). Chosen on the tests
/// (a test, or a whole fixture), not in the reporter; tests without it take the manifest's
/// <c>visibility</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class, AllowMultiple = false)]
public sealed class VisibilityAttribute(string visibility) : PropertyAttribute(PropertyName, visibility)
{
    /// <summary>The property name the grader reads.</summary>
    public const string PropertyName = "Visibility";

    /// <summary>The visibility.</summary>
    public string Visibility { get; } = visibility;
}
