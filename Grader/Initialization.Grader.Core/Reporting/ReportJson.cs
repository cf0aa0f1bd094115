using System.Globalization;
using Newtonsoft.Json;

namespace Initialization.Grader.Reporting;

/// <summary>
/// The layout every JSON format shares: indented by two spaces, numbers in the invariant
/// culture, a newline at the end. Each format writes its fields in a fixed order, so the same
/// result gives the same bytes.
/// </summary>
internal static class ReportJson
{
    /// <summary>The document that <paramref name="write"/> writes.</summary>
    /// <param name="write">Writes the document's value (usually one object).</param>
    /// <returns>The JSON text, ending with a newline.</returns>
    public static string Write(Action<JsonWriter> write)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var json = new JsonTextWriter(text) { Formatting = Formatting.Indented, Indentation = 2 })
        {
            write(json);
        }

        return text + "\n";
    }
}
