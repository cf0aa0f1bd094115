using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Initialization.Shared.Tests;

/// <summary>
/// Strict reads of the fixtures' JSON: a missing member, or a value of another JSON type than the
/// one asked for, is an error, never a conversion (an integer is not read from 1.5 or "1").
/// </summary>
internal static class FixtureJson
{
    /// <summary>The JSON value of a fixture file's text, which must hold one value and nothing after it.</summary>
    public static JToken Parse(string json)
    {
        using var reader = new JsonTextReader(new StringReader(json))
        {
            // Strings stay strings (never dates); numbers with a fraction or an exponent are
            // doubles, parsed to the nearest double as the fixtures' generator wrote them.
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
    public static IEnumerable<JToken> Elements(this JToken json) => json as JArray ?? throw NotA(json, "an array");

    /// <summary>The members of an object, in the file's order.</summary>
    public static IEnumerable<JProperty> Members(this JToken json) => (json as JObject ?? throw NotA(json, "an object")).Properties();

    public static int AsInt32(this JToken value) => value.Type == JTokenType.Integer ? (int)value : throw NotA(value, "an integer");

    public static uint AsUInt32(this JToken value) => value.Type == JTokenType.Integer ? (uint)value : throw NotA(value, "an integer");

    public static double AsDouble(this JToken value) =>
        value.Type is JTokenType.Float or JTokenType.Integer && double.IsFinite((double)value) ? (double)value : throw NotA(value, "a finite number");

    public static bool AsBoolean(this JToken value) => value is JValue { Value: bool boolean } ? boolean : throw NotA(value, "true or false");

    public static string AsString(this JToken value) => value is JValue { Type: JTokenType.String, Value: string text } ? text : throw NotA(value, "a string");

    /// <summary>The value as test names and messages show it: numbers as JSON writes them, strings unquoted, null as nothing.</summary>
    public static string Text(this JToken value) => value.Type switch
    {
        JTokenType.Null => "",
        JTokenType.String => value.AsString(),
        JTokenType.Boolean => value.AsBoolean().ToString(CultureInfo.InvariantCulture),
        _ => value.ToString(Formatting.None),
    };

    private static InvalidOperationException NotA(JToken value, string what) =>
        new($"the fixture's '{value.Path}' is {value.Type}, not {what}");
}
