using Initialization.Grader.Exercise;

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

    /// <summary>The gradebook called <paramref name="name"/>, set up with <paramref name="settings"/>; null when there is none.</summary>
    /// <param name="name">The gradebook's name (case-insensitive).</param>
    /// <param name="settings">How it names the assignment and the students.</param>
    /// <param name="exerciseTitle">The assignment's name when the settings give none.</param>
    /// <returns>The gradebook, or null.</returns>
    public static IGradebookFormat? Create(string name, GradebookSettings settings, string exerciseTitle)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var assignment = settings.AssignmentName ?? exerciseTitle;
        return Find(name) switch
        {
            CanvasGradebook => new CanvasGradebook(assignment, settings.CanvasAssignmentId, settings.CanvasStudentKey),
            MoodleGradebook => new MoodleGradebook(settings.MoodleIdentifierColumn, assignment),
            _ => null,
        };
    }

    /// <summary>
    /// The gradebooks asked for a batch or a merge, each set up with the options given over the
    /// pack's course.json; the assignment is named by them, else by the exercise's title.
    /// </summary>
    /// <param name="names">The --gradebook values, each a known name.</param>
    /// <param name="options">The gradebook options given.</param>
    /// <param name="pack">The exercise pack, whose course.json completes the options.</param>
    /// <param name="gradebooks">The gradebooks, when the problem is null.</param>
    /// <returns>Null, or what is wrong with the course's gradebook settings.</returns>
    public static string? CreateAll(IReadOnlyList<string> names, GradebookOptions options, ExercisePack pack, out IReadOnlyList<IGradebookFormat> gradebooks)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(pack);
        var problem = options.Resolve(pack.Course.Assignment, out var settings);
        var title = pack.Manifest.Title ?? pack.Manifest.Exercise;
        gradebooks = problem is null ? [.. names.Select(n => Create(n, settings, title)!)] : [];
        return problem;
    }
}
