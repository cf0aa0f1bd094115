using System.Diagnostics.CodeAnalysis;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Initialization.Grader.HiddenTests.Fixtures;

/// <summary>
/// Strict reads of hidden_cases.json: a missing member, or a value of another JSON type than the
/// one asked for, is an error, never a conversion (an integer is not read from 1.5 or "1").
/// </summary>
internal static class FixtureJson
{
    /// <summary>The JSON value of a fixture file, which must hold one value and nothing after it.</summary>
    public static JToken Parse(Stream stream)
    {
        using var reader = new JsonTextReader(new StreamReader(stream))
        {
            // Strings stay strings (never dates); numbers with a fraction are doubles, never decimals.
            DateParseHandling = DateParseHandling.None,
            FloatParseHandling = FloatParseHandling.Double,
        };
        var value = JToken.ReadFrom(reader, new JsonLoadSettings { CommentHandling = CommentHandling.Ignore });
        // The reader throws on anything but comments after the value.
        while (reader.Read())
        {
        }

        return value;
    }

    /// <summary>The member <paramref name="name"/> of an object, which must have it.</summary>
    public static JToken Get(this JToken json, string name) =>
        json.TryGet(name, out var value) ? value : throw new KeyNotFoundException($"the fixture has no '{name}' in '{json.Path}'");

    /// <summary>The member <paramref name="name"/> of an object, if it has one.</summary>
    public static bool TryGet(this JToken json, string name, [NotNullWhen(true)] out JToken? value) =>
        (json as JObject ?? throw NotA(json, "an object")).TryGetValue(name, out value);

    /// <summary>The elements of an array.</summary>
    public static JArray Elements(this JToken json) => json as JArray ?? throw NotA(json, "an array");

    /// <summary>The members of an object, in the file's order.</summary>
    public static IEnumerable<JProperty> Members(this JToken json) => (json as JObject ?? throw NotA(json, "an object")).Properties();

    public static int AsInt32(this JToken value) => value.Type == JTokenType.Integer ? (int)value : throw NotA(value, "an integer");

    public static string AsString(this JToken value) => value is JValue { Type: JTokenType.String, Value: string text } ? text : throw NotA(value, "a string");

    private static InvalidOperationException NotA(JToken value, string what) =>
        new($"hidden_cases.json's '{value.Path}' is {value.Type}, not {what}");
}
