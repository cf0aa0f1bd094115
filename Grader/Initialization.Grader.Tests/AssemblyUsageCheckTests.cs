using System.Diagnostics;
using Initialization.Grader.Corpus;
using Initialization.Grader.HiddenTests.Subject;
using Initialization.Grader.Pipeline;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Initialization.Grader.Tests;

/// <summary>
/// The allowlist check on the emitted assembly: what it refuses, whom it costs, what it says, and
/// that the ways correct students write code pass untouched.
/// </summary>
public class AssemblyUsageCheckTests
{
    private const string Zeros = "InitializeParametersZeros";
    private const string Random = "InitializeParametersRandom";
    private const string He = "InitializeParametersHe";

    private static readonly Lazy<CompileReferences> s_references = new(CompileReferences.Load);

    /// <summary>Ways correct submissions are written; none may be refused.</summary>
    private static readonly (string Name, string Members, string ZerosBody)[] s_correctStyles =
    [
        ("LINQ method syntax", "", """
            var parameters = Enumerable.Range(1, layersDims.Length - 1)
                .SelectMany(l => new[] { ($"W{l}", Matrix.Zeros(layersDims[l], layersDims[l - 1])), ($"b{l}", Matrix.Zeros(layersDims[l], 1)) })
                .ToDictionary(p => p.Item1, p => p.Item2);
            Console.WriteLine(string.Join(", ", parameters.Keys.OrderBy(k => k).Where(k => k.Length > 0)));
            return parameters;
            """),
        ("foreach over List and Dictionary, tuples and deconstruction", "", """
            var parameters = new Dictionary<string, Matrix>();
            var shapes = new List<(int Rows, int Cols)>();
            for (var l = 1; l < layersDims.Length; l++)
            {
                shapes.Add((layersDims[l], layersDims[l - 1]));
            }

            var l2 = 1;
            foreach (var (rows, cols) in shapes)
            {
                parameters[$"W{l2}"] = Matrix.Zeros(rows, cols);
                parameters[$"b{l2}"] = Matrix.Zeros(rows, 1);
                l2++;
            }

            foreach (var pair in parameters)
            {
                var (key, value) = pair;
                Console.WriteLine($"{key}: {value.Rows}x{value.Cols} {pair.Key}");
            }

            foreach (var key in parameters.Keys)
            {
                _ = key.ToUpperInvariant();
            }

            return parameters;
            """),
        ("collection expressions, spans, ranges and array initializers", "", """
            List<int> sizes = [.. layersDims];
            int[] copy = [.. layersDims[..]];
            int[] fixedSizes = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
            ReadOnlySpan<int> span = [1, 2, 3];
            IReadOnlyList<string> names = ["W", "b"];
            Span<double> scratch = stackalloc double[4];
            var tail = layersDims[1..];
            Console.WriteLine(sizes.Count + copy.Length + fixedSizes.Sum() + span.Length + names.Count + scratch.Length + tail.Length + layersDims[^1]);
            Console.WriteLine("{0} {1} {2} {3} {4}", 1, 2, 3, 4, 5);
            Console.WriteLine(string.Concat("a", "b", "c", "d", "e") + string.Join(",", "x", "y", "z", "w"));
            var parameters = new Dictionary<string, Matrix>();
            for (var l = 1; l < layersDims.Length; l++)
            {
                parameters["W" + l] = Matrix.Zeros(layersDims[l], layersDims[l - 1]);
                parameters["b" + l] = Matrix.Zeros(layersDims[l], 1);
            }

            return parameters;
            """),
        ("records, switch expressions, local functions, string switches", """
            private sealed record Layer(int Units, int Inputs)
            {
                public string Describe() => $"{Units}x{Inputs}";
            }

            private readonly record struct Shape(int Rows, int Cols);

            private static string Kind(int l) => l switch
            {
                1 => "first",
                > 1 and < 10 => "middle",
                _ => "deep",
            };

            private static int Code(string name) => name switch
            {
                "alpha" => 1, "beta" => 2, "gamma" => 3, "delta" => 4, "epsilon" => 5, "zeta" => 6, "eta" => 7, "theta" => 8,
                _ => 0,
            };
            """, """
            var parameters = new Dictionary<string, Matrix>();
            var layers = new List<Layer>();
            for (var l = 1; l < layersDims.Length; l++)
            {
                layers.Add(new Layer(layersDims[l], layersDims[l - 1]));
            }

            foreach (var layer in layers.Select((layer, index) => (layer, index: index + 1)))
            {
                Add(layer.index, layer.layer);
            }

            Console.WriteLine(layers[0] == new Layer(1, 1) ? "same" : layers[0].ToString() + layers[0].Describe() + Kind(1) + Code("beta") + new Shape(1, 2));
            return parameters;

            void Add(int l, Layer layer)
            {
                parameters[$"W{l}"] = Matrix.Zeros(layer.Units, layer.Inputs);
                parameters[$"b{l}"] = Matrix.Zeros(layer.Units, 1);
            }
            """),
        ("static readonly fields, nested helper classes, iterators, lambdas, exceptions, StringBuilder, Math", """
            private static readonly string[] s_prefixes = ["W", "b"];
            private static readonly Dictionary<string, int> s_counts = new() { ["W"] = 0, ["b"] = 0 };
            private const double Scale = 2.0;

            private static class Shapes
            {
                public static IEnumerable<(int L, int Rows, int Cols)> Of(int[] sizes)
                {
                    for (var l = 1; l < sizes.Length; l++)
                    {
                        yield return (l, sizes[l], sizes[l - 1]);
                    }
                }
            }

            private sealed class Counter : IComparable<Counter>
            {
                public int Count { get; set; }

                public int CompareTo(Counter? other) => Count.CompareTo(other?.Count ?? 0);

                public override string ToString() => Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            """, """
            if (layersDims is null || layersDims.Length == 0)
            {
                throw new ArgumentException("no layers", nameof(layersDims));
            }

            var parameters = new Dictionary<string, Matrix>();
            var counter = new Counter();
            Func<int, int, Matrix> zeros = (rows, cols) => Matrix.Zeros(rows, cols);
            var offset = 0;
            Action bump = () => offset++;
            foreach (var (l, rows, cols) in Shapes.Of(layersDims))
            {
                parameters[$"{s_prefixes[0]}{l}"] = zeros(rows, cols);
                parameters[$"{s_prefixes[1]}{l}"] = Matrix.Zeros(rows, 1);
                counter.Count++;
                bump();
            }

            try
            {
                _ = int.Parse("12", System.Globalization.CultureInfo.InvariantCulture);
            }
            catch (FormatException e)
            {
                Console.WriteLine(e.Message);
            }
            finally
            {
                s_counts["W"] += offset;
            }

            var text = new System.Text.StringBuilder();
            text.Append(Math.Sqrt(Scale)).Append(' ').Append(Math.Round(1.5, MidpointRounding.AwayFromZero)).AppendLine($"{counter} {offset:F2}");
            var sorted = new List<Counter> { counter, new() { Count = 3 } };
            sorted.Sort();
            Console.Write(text.ToString() + sorted.Max()!.Count + string.Format(System.Globalization.CultureInfo.InvariantCulture, "{0:0.00}", 1.0));
            return parameters;
            """),
    ];

    private static IEnumerable<TestCaseData> CorrectStyles() =>
        s_correctStyles.Select(s => new TestCaseData(s.Members, s.ZerosBody).SetArgDisplayNames(s.Name));

    [Test]
    public void TheReferenceSolution_IsNotRefused()
    {
        var source = File.ReadAllText(CorpusPaths.Solution);
        Assert.Multiple(() =>
        {
            Assert.That(Describe(Check(source)), Is.Empty);
            Assert.That(Problems(source), Is.Empty);
        });
    }

    [TestCaseSource(nameof(CorrectStyles))]
    public void CorrectStyles_AreNotRefused(string members, string zerosBody)
    {
        var source = Submission(members, zerosBody);
        Assert.Multiple(() =>
        {
            Assert.That(Describe(Check(source)), Is.Empty);
            Assert.That(Problems(source), Is.Empty);
        });
    }

    private static IReadOnlyDictionary<string, IReadOnlyList<AssemblyUsageCheck.Finding>> Check(string source)
    {
        var compiler = new SubmissionCompiler(s_references.Value);
        var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest), "Initializers.cs", System.Text.Encoding.UTF8);
        var (assembly, errors) = SubmissionCompiler.Emit(compiler.Create(tree), CancellationToken.None);
        Assert.That(errors, Is.Empty, "the snippet must compile");
        return AssemblyUsageCheck.Check(assembly!, "Initialization.Initializers", GradedMethods.All, CancellationToken.None);
    }

    /// <summary>The problems of the methods the whole compile stage (both checks) refuses or cannot run.</summary>
    private static Dictionary<string, string> Problems(string source) =>
        new SubmissionCompiler(s_references.Value).Compile(new SubmissionSource("Initializers.cs", source), CancellationToken.None)
            .Methods.Where(m => !m.Value.IsCallable).ToDictionary(m => m.Key, m => m.Value.Problem!);

    private static string Describe(IReadOnlyDictionary<string, IReadOnlyList<AssemblyUsageCheck.Finding>> findings) =>
        string.Join("\n", findings.SelectMany(f => f.Value.Select(v => $"{f.Key}: {v.Message}")));

    /// <summary>A submission: the reference solution's three methods, <paramref name="zerosBody"/> for InitializeParametersZeros when given, and <paramref name="members"/> added to the class.</summary>
    private static string Submission(string members, string? zerosBody = null)
    {
        var zeros = zerosBody ?? """
            var parameters = new Dictionary<string, Matrix>();
            for (var l = 1; l < layersDims.Length; l++)
            {
                parameters[$"W{l}"] = Matrix.Zeros(layersDims[l], layersDims[l - 1]);
                parameters[$"b{l}"] = Matrix.Zeros(layersDims[l], 1);
            }

            return parameters;
            """;
        return $$"""
            using Initialization.Shared;

            namespace Initialization;

            public static class Initializers
            {
            {{members}}

                public static Dictionary<string, Matrix> InitializeParametersZeros(int[] layersDims)
                {
            {{zeros}}
                }

                public static Dictionary<string, Matrix> InitializeParametersRandom(int[] layersDims)
                {
                    var rng = new RandomState(3);
                    var parameters = new Dictionary<string, Matrix>();
                    for (var l = 1; l < layersDims.Length; l++)
                    {
                        parameters[$"W{l}"] = rng.Randn(layersDims[l], layersDims[l - 1]) * 10;
                        parameters[$"b{l}"] = Matrix.Zeros(layersDims[l], 1);
                    }

                    return parameters;
                }

                public static Dictionary<string, Matrix> InitializeParametersHe(int[] layersDims)
                {
                    var rng = new RandomState(3);
                    var parameters = new Dictionary<string, Matrix>();
                    for (var l = 1; l < layersDims.Length; l++)
                    {
                        parameters[$"W{l}"] = rng.Randn(layersDims[l], layersDims[l - 1]) * Math.Sqrt(2.0 / layersDims[l - 1]);
                        parameters[$"b{l}"] = Matrix.Zeros(layersDims[l], 1);
                    }

                    return parameters;
                }
            }
            """;
    }
}
