using NUnit.Framework;

namespace Initialization.Grader.Exercise;

/// <summary>Which graded method a fixture's tests grade: reported as the test's tag.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class GradesAttribute(string method) : PropertyAttribute(PropertyName, method)
{
    /// <summary>The property name the grader reads.</summary>
    public const string PropertyName = "GradedMethod";

    /// <summary>The graded method's name.</summary>
    public string Method { get; } = method;
}
