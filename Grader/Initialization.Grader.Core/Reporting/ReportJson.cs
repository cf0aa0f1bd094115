using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace Initialization.Grader.Reporting;

/// <summary>
/// The one serializer of the kit's JSON documents (the result formats' and the batch summary's;
/// see Reporting/Documents): indented by two spaces, numbers in the invariant culture and as
/// round-trip text (2.5, 10.0, 1E-05; NaN and infinities as strings), properties in each
/// document type's <see cref="JsonPropertyAttribute.Order"/>, only control characters, quotes and
/// backslashes escaped, a newline at the end. The same document gives the same bytes.
/// </summary>
public static class ReportJson
{
    private static readonly JsonSerializer s_serializer = JsonSerializer.Create(new JsonSerializerSettings
    {
        ContractResolver = new DefaultContractResolver(),
        Culture = CultureInfo.InvariantCulture,
        Formatting = Formatting.Indented,
        FloatFormatHandling = FloatFormatHandling.String,
        StringEscapeHandling = StringEscapeHandling.Default,
        NullValueHandling = NullValueHandling.Include,
        TypeNameHandling = TypeNameHandling.None,
        MetadataPropertyHandling = MetadataPropertyHandling.Ignore,
        // Reading: texts stay texts (never dates), numbers are doubles, nothing after the document.
        DateParseHandling = DateParseHandling.None,
        FloatParseHandling = FloatParseHandling.Double,
        MissingMemberHandling = MissingMemberHandling.Ignore,
        CheckAdditionalContent = true,
    });

    /// <summary>The JSON text of <paramref name="document"/>.</summary>
    /// <typeparam name="TDocument">The document's type (its properties name their JSON fields and order).</typeparam>
    /// <param name="document">The document.</param>
    /// <returns>Indented JSON ending with a newline.</returns>
    public static string Write<TDocument>(TDocument document)
        where TDocument : class
    {
        ArgumentNullException.ThrowIfNull(document);
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var json = new JsonTextWriter(text) { Formatting = Formatting.Indented, Indentation = 2 })
        {
            s_serializer.Serialize(json, document, typeof(TDocument));
        }

        return text + "\n";
    }

    /// <summary>The document that <paramref name="json"/> holds.</summary>
    /// <typeparam name="TDocument">The document's type.</typeparam>
    /// <param name="json">JSON text (e.g. one <see cref="Write"/> wrote).</param>
    /// <returns>The document.</returns>
    /// <exception cref="JsonException">The text is not JSON, or not of this document's shape.</exception>
    /// <exception cref="InvalidDataException">The text is JSON's <c>null</c>.</exception>
    public static TDocument Read<TDocument>(string json)
        where TDocument : class
    {
        ArgumentNullException.ThrowIfNull(json);
        using var text = new StringReader(json);
        using var reader = new JsonTextReader(text);
        return s_serializer.Deserialize<TDocument>(reader) ?? throw new InvalidDataException($"no {typeof(TDocument).Name} but null");
    }
}
