namespace Initialization.Grader.Gradebooks;

/// <summary>The gradebook layouts a batch run can write, with default column names.</summary>
public static class GradebookFormats
{
    /// <summary>Canvas, then Moodle.</summary>
    public static IReadOnlyList<IGradebookFormat> All { get; } =
    [
        new CanvasGradebook(),
        new MoodleGradebook(),
    ];

    /// <summary>The gradebook layout called <paramref name="name"/>, or null.</summary>
    /// <param name="name">A gradebook name, e.g. "canvas".</param>
    /// <returns>The layout, or null when there is none of that name.</returns>
    public static IGradebookFormat? Find(string name) =>
        All.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));
}
