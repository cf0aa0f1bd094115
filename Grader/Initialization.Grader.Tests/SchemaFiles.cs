using System.Collections.Concurrent;
using System.Xml;
using System.Xml.Schema;
using NJsonSchema;

namespace Initialization.Grader.Tests;

/// <summary>The JSON Schemas and the JUnit XSD committed under platforms/schemas, and validation against them.</summary>
internal static class SchemaFiles
{
    public const string Gradescope = "gradescope-results.schema.json";
    public const string PrairieLearn = "prairielearn-results.schema.json";
    public const string LtiAgsScore = "lti-ags-score.schema.json";
    public const string GitHubClassroom = "github-classroom-results.schema.json";
    public const string JUnit = "junit.xsd";

    private static readonly ConcurrentDictionary<string, JsonSchema> s_schemas = new();

    public static string PathOf(string name) => Path.Combine(RepositoryPaths.Root, "platforms", "schemas", name);

    /// <summary>The schema's complaints about <paramref name="json"/> (empty when valid).</summary>
    public static IReadOnlyList<string> JsonErrors(string schemaName, string json)
    {
        var schema = s_schemas.GetOrAdd(schemaName, name => JsonSchema.FromFileAsync(PathOf(name)).GetAwaiter().GetResult());
        return [.. schema.Validate(json).Select(e => e.ToString())];
    }

    /// <summary>The XSD's complaints about <paramref name="xml"/> (empty when valid).</summary>
    public static IReadOnlyList<string> XmlErrors(string xml)
    {
        var errors = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, DtdProcessing = DtdProcessing.Prohibit };
        settings.Schemas.Add(null, PathOf(JUnit));
        settings.ValidationEventHandler += (_, e) => errors.Add($"{e.Severity} at {e.Exception?.LineNumber}:{e.Exception?.LinePosition}: {e.Message}");
        using var reader = XmlReader.Create(new StringReader(xml), settings);
        while (reader.Read())
        {
        }

        return errors;
    }
}
