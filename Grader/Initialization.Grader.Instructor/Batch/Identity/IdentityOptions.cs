namespace Initialization.Grader.Batch.Identity;

/// <summary>How a batch tells its students apart (grade.sh's --roster, --layout and --classroom-prefix).</summary>
/// <param name="Roster">The roster CSV mapping submissions to students, or null.</param>
/// <param name="Layout">The export layout to read, or null to detect it from the folder.</param>
/// <param name="ClassroomPrefix">GitHub Classroom's repository prefix (e.g. "initialization-"), or null to take the entries' common prefix.</param>
public sealed record IdentityOptions(string? Roster = null, ExportLayout? Layout = null, string? ClassroomPrefix = null)
{
    /// <summary>Entries named by their students' ids, no roster: the behaviour without any of the options.</summary>
    public static IdentityOptions Default { get; } = new();

    /// <summary>The values of --layout, by the layout they choose.</summary>
    public static IReadOnlyDictionary<string, ExportLayout> LayoutNames { get; } = new Dictionary<string, ExportLayout>(StringComparer.OrdinalIgnoreCase)
    {
        ["plain"] = ExportLayout.Plain,
        ["canvas"] = ExportLayout.Canvas,
        ["moodle"] = ExportLayout.Moodle,
        ["gradescope"] = ExportLayout.Gradescope,
        ["classroom"] = ExportLayout.Classroom,
    };
}
