namespace Initialization.Grader.Reporting;

/// <summary>The formats --format accepts; the first is the default.</summary>
public static class ResultFormats
{
    /// <summary>All formats, the default (Gradescope) first.</summary>
    public static IReadOnlyList<IResultFormat> All { get; } =
    [
        new GradescopeFormat(),
        new PrairieLearnFormat(),
        new LtiAgsScoreFormat(),
        new JUnitFormat(),
        new GitHubClassroomFormat(),
    ];

    /// <summary>The default format.</summary>
    public static IResultFormat Default => All[0];

    /// <summary>The format called <paramref name="name"/>, or null.</summary>
    /// <param name="name">A --format value.</param>
    /// <returns>The format, or null when there is none of that name.</returns>
    public static IResultFormat? Find(string name) =>
        All.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));
}
