using System.Globalization;
using System.Text.Json;

namespace Initialization.Shared.Tests;

/// <summary>Reads the numpy-generated fixtures copied next to the test assembly.</summary>
internal static class Fixture
{
    private static readonly Dictionary<string, JsonDocument> s_cache = [];

    public static JsonElement Load(string fileName)
    {
        lock (s_cache)
        {
            if (!s_cache.TryGetValue(fileName, out var document))
            {
                var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", fileName);
                document = JsonDocument.Parse(File.ReadAllText(path));
                s_cache[fileName] = document;
            }

            return document.RootElement;
        }
    }

    /// <summary>The doubles of a fixture array of 16-digit hex bit patterns.</summary>
    public static double[] Doubles(JsonElement hexBits) =>
        [.. hexBits.EnumerateArray().Select(e => Double(e.GetString()!))];

    public static double Double(string hexBits) =>
        BitConverter.Int64BitsToDouble(long.Parse(hexBits, NumberStyles.HexNumber, CultureInfo.InvariantCulture));

    public static int[] Ints(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetInt32())];

    public static uint[] Words(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetUInt32())];

    /// <summary>The bit patterns of doubles, for comparisons that must be exact (and show which value differs).</summary>
    public static string[] Bits(ReadOnlySpan<double> values)
    {
        var result = new string[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            result[i] = BitConverter.DoubleToInt64Bits(values[i]).ToString("x16", CultureInfo.InvariantCulture);
        }

        return result;
    }

    public static string[] Bits(JsonElement hexBits) => [.. hexBits.EnumerateArray().Select(e => e.GetString()!)];
}
