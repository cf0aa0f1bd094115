using System.Globalization;
using Newtonsoft.Json.Linq;

namespace Initialization.Shared.Tests;

/// <summary>Reads the numpy-generated fixtures copied next to the test assembly.</summary>
internal static class Fixture
{
    private static readonly Dictionary<string, JToken> s_cache = [];

    public static JToken Load(string fileName)
    {
        lock (s_cache)
        {
            if (!s_cache.TryGetValue(fileName, out var document))
            {
                var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", fileName);
                document = FixtureJson.Parse(File.ReadAllText(path));
                s_cache[fileName] = document;
            }

            return document;
        }
    }

    /// <summary>The doubles of a fixture array of 16-digit hex bit patterns.</summary>
    public static double[] Doubles(JToken hexBits) =>
        [.. hexBits.Elements().Select(e => Double(e.AsString()))];

    public static double Double(string hexBits) =>
        BitConverter.Int64BitsToDouble(long.Parse(hexBits, NumberStyles.HexNumber, CultureInfo.InvariantCulture));

    public static int[] Ints(JToken array) => [.. array.Elements().Select(e => e.AsInt32())];

    public static uint[] Words(JToken array) => [.. array.Elements().Select(e => e.AsUInt32())];

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

    public static string[] Bits(JToken hexBits) => [.. hexBits.Elements().Select(e => e.AsString())];
}
