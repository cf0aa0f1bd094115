using System.Globalization;
using NUnit.Framework;

namespace Initialization.Grader.Exercise;

/// <summary>
/// The test's place in its method's rubric (1, 2, …): the report lists and numbers tests by it,
/// e.g. "3.2" for the He fixture's second item. It does not order execution; tests are independent.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class ItemAttribute(int item) : PropertyAttribute(PropertyName, item.ToString(CultureInfo.InvariantCulture))
{
    /// <summary>The property name the grader reads.</summary>
    public const string PropertyName = "Item";

    /// <summary>The item number.</summary>
    public int Item { get; } = item;
}
