namespace Initialization.Tests.Support;

/// <summary>Shapes written the way numpy prints them: "(2, 3)".</summary>
internal static class ShapeText
{
    public static string Of((int Rows, int Cols) shape) => $"({shape.Rows}, {shape.Cols})";
}
