using Initialization.Grader.Pipeline;

namespace Initialization.Grader.Reporting;

/// <summary>Gradescope's results.json (see <see cref="GradescopeReport"/>): the default format.</summary>
public sealed class GradescopeFormat : IResultFormat
{
    /// <inheritdoc/>
    public string Name => "gradescope";

    /// <inheritdoc/>
    public string FileExtension => ".json";

    /// <inheritdoc/>
    public string Write(GradingResult result, ReportContext context) => GradescopeReport.Write(result, context?.TestVisibility ?? "visible");
}
