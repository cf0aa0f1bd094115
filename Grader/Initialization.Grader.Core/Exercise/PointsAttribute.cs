using System.Globalization;
using NUnit.Framework;

namespace Initialization.Grader.Exercise;

/// <summary>
/// The points a hidden test is worth: an NUnit property, so the weights live on the tests and an
/// instructor changes them in one place (Assignment.md's rubric lists the totals per method).
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class PointsAttribute : PropertyAttribute
{
    /// <summary>The property name the grader reads.</summary>
    public const string PropertyName = "Points";

    /// <summary>Declares the test's weight.</summary>
    /// <param name="points">Points earned when the test passes (e.g. 0.5).</param>
    public PointsAttribute(double points)
        : base(PropertyName, points.ToString("R", CultureInfo.InvariantCulture))
    {
        Points = points;
    }

    /// <summary>The weight.</summary>
    public double Points { get; }
}
