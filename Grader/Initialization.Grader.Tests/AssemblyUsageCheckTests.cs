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
        ("anonymous types, events, enums, generics, patterns, init and required members, extension blocks", """
            private enum Kind { Weight, Bias }

            private static event Action<string>? Created;

            private sealed class Pair<T>(T first, T second) where T : IComparable<T>
            {
                public T Larger => first.CompareTo(second) >= 0 ? first : second;

                public T this[int i] => i == 0 ? first : second;
            }

            private sealed class Options
            {
                public required int Seed { get; init; }

                public double? Scale { get; init; }
            }

            private interface IShape
            {
                int Rows { get; }

                int Size => Rows * 2;
            }

            private readonly struct Column(int rows) : IShape, IEquatable<Column>
            {
                public int Rows => rows;

                public bool Equals(Column other) => Rows == other.Rows;
            }

            private ref struct Cursor(Span<int> items)
            {
                private readonly Span<int> _items = items;

                public readonly int First => _items[0];
            }

            private static int Sum(params ReadOnlySpan<int> values)
            {
                var total = 0;
                foreach (var v in values)
                {
                    total = checked(total + v);
                }

                return total;
            }

            [Tag<int>]
            private static int Largest(in int a, in int b) => Math.Max(a, b);

            [AttributeUsage(AttributeTargets.Method)]
            private sealed class TagAttribute<T> : Attribute;

            extension(int[] sizes)
            {
                private int LayerCount => sizes.Length;
            }
            """, """
            Created += name => Console.WriteLine(name);
            var parameters = new Dictionary<string, Matrix>();
            var options = new Options { Seed = 3, Scale = null };
            for (var l = 1; l < layersDims.LayerCount; l++)
            {
                var entry = new { Key = $"W{l}", Rows = layersDims[l], Cols = layersDims[l - 1] };
                parameters[entry.Key] = Matrix.Zeros(entry.Rows, entry.Cols);
                parameters[$"b{l}"] = Matrix.Zeros(layersDims[l], 1);
                Created?.Invoke(entry.ToString());
            }

            if (layersDims is [var first, .., var last] && first > 0 && layersDims is { Length: > 1 })
            {
                var pair = new Pair<int>(first, last);
                IShape column = new Column(pair.Larger);
                Span<int> items = [pair[0], pair[1]];
                var cursor = new Cursor(items);
                var kinds = Enum.GetValues<Kind>();
                Array.Sort(kinds, (a, b) => b.CompareTo(a));
                Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{column.Size} {cursor.First} {Sum(1, 2, 3)} {Largest(1, 2)} {kinds[0]} {options.Scale ?? 1.0:F2} {Math.Clamp(first, 0, 10)}"));
            }

            try
            {
                throw new InvalidOperationException("probe");
            }
            catch (InvalidOperationException e) when (e.Message.Length > 0)
            {
                ArgumentNullException.ThrowIfNull(e);
            }

            return parameters;
            """),
        ("printing and asserting the way C# students do", "", """
            System.Diagnostics.Debug.Assert(layersDims.Length >= 2, "at least an input and an output layer");
            Console.Write("layers: " + string.Join(", ", layersDims) + Environment.NewLine);
            var parameters = new Dictionary<string, Matrix>();
            for (var l = 1; l < layersDims.Length; l++)
            {
                parameters["W" + l] = Matrix.Zeros(layersDims[l], layersDims[l - 1]);
                parameters["b" + l] = Matrix.Zeros(layersDims[l], 1);
            }

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

    private static IEnumerable<TestCaseData> Refusals()
    {
        yield return Refusal(
            "an extension-method helper",
            """
            private static int Layers(this int[] sizes)
            {
                File.WriteAllText("/tmp/x", "y");
                return sizes.Length;
            }
            """,
            "return new Dictionary<string, Matrix> { [\"n\"] = Matrix.Zeros(layersDims.Layers(), 1) };",
            [Zeros],
            "System.IO.File.WriteAllText is not allowed here (in Layers, which it runs)");
        yield return Refusal(
            "foreach through an extension GetEnumerator",
            """
            private static Steps GetEnumerator(this int count) => new(count);

            private struct Steps(int count)
            {
                private int _i;

                public readonly int Current => _i;

                public bool MoveNext() => File.Exists("/x") || ++_i < count;
            }
            """,
            "var n = 0; foreach (var i in 3) { n += i; } return new Dictionary<string, Matrix> { [\"n\"] = Matrix.Zeros(n, 1) };",
            [Zeros],
            "System.IO.File.Exists is not allowed here (in MoveNext, which it runs)");
        yield return Refusal(
            "a Deconstruct",
            """
            private static void Deconstruct(this int[] sizes, out int a, out int b) => (a, b) = (File.ReadAllText("/x").Length, sizes.Length);
            """,
            "var (a, b) = layersDims; return new Dictionary<string, Matrix> { [\"n\"] = Matrix.Zeros(a + b, 1) };",
            [Zeros],
            "System.IO.File.ReadAllText is not allowed here (in Deconstruct, which it runs)");
        yield return Refusal(
            "a collection initializer's Add",
            """
            private static void Add(this Dictionary<string, Matrix> parameters, int rows) => parameters[Environment.UserName] = Matrix.Zeros(rows, 1);
            """,
            "return new Dictionary<string, Matrix> { 3 };",
            [Zeros],
            "System.Environment.UserName is not allowed here (in Add, which it runs)");
        yield return Refusal(
            "an await of the student's awaiter",
            """
            private static Ready GetAwaiter(this int value) => new(value);

            private static async void Run() => Console.WriteLine(await 3);

            private readonly struct Ready(int value) : System.Runtime.CompilerServices.INotifyCompletion
            {
                public bool IsCompleted => true;

                public int GetResult() => File.ReadAllText("/x").Length + value;

                public void OnCompleted(Action continuation) => continuation();
            }
            """,
            "Run(); return new Dictionary<string, Matrix>();",
            [Zeros],
            "System.IO.File.ReadAllText is not allowed here (in GetResult, which it runs)");
        yield return Refusal(
            "query syntax over the student's Select",
            """
            private static int Select(this int value, Func<int, int> selector) => selector(value) + System.Diagnostics.Process.GetCurrentProcess().Id;
            """,
            "var n = from x in 3 select x + 1; return new Dictionary<string, Matrix> { [\"n\"] = Matrix.Zeros(n, 1) };",
            [Zeros],
            "System.Diagnostics.Process.GetCurrentProcess is not allowed here (in Select, which it runs)");
        yield return Refusal(
            "using with the student's Dispose",
            """
            private sealed class Scope : IDisposable
            {
                public void Dispose() => File.Delete("/x");
            }
            """,
            "using (new Scope()) { } return new Dictionary<string, Matrix>();",
            [Zeros],
            "System.IO.File.Delete is not allowed here (in Dispose, which it runs)");
        yield return Refusal(
            "an implicit conversion operator",
            """
            private readonly struct Count(int value)
            {
                public static implicit operator int(Count count) => count._value + File.ReadAllBytes("/x").Length;

                private readonly int _value = value;
            }

            private static Count CountOf(this int[] sizes) => new(sizes.Length);
            """,
            "(int n, int _) = (layersDims.CountOf(), 0); return new Dictionary<string, Matrix> { [\"n\"] = Matrix.Zeros(n, 1) };",
            [Zeros],
            "System.IO.File.ReadAllBytes is not allowed here (in op_Implicit, which it runs)");
        yield return Refusal(
            "a method group made a delegate",
            "",
            "Func<string, string> read = File.ReadAllText; return new Dictionary<string, Matrix> { [read(\"/x\")] = Matrix.Zeros(1, 1) };",
            [Zeros],
            "System.IO.File.ReadAllText is not allowed here");
        yield return Refusal(
            "a refused type as a generic argument",
            "",
            "var processes = new List<System.Diagnostics.Process>(); return new Dictionary<string, Matrix> { [\"n\"] = Matrix.Zeros(processes.Count + 1, 1) };",
            [Zeros],
            "System.Diagnostics.Process is not allowed here");
        yield return Refusal(
            "typeof a refused type",
            "",
            "return new Dictionary<string, Matrix> { [typeof(File).Name] = Matrix.Zeros(1, 1) };",
            [Zeros],
            "System.IO.File is not allowed here");
        yield return Refusal(
            "lock (Monitor is threading)",
            "private static readonly object s_gate = new();",
            "lock (s_gate) { return new Dictionary<string, Matrix>(); }",
            [Zeros],
            "System.Threading.Monitor.Enter is not allowed here");
        yield return Refusal(
            "a Type handed to a library",
            "",
            "var made = Array.CreateInstance(typeof(int), 3); return new Dictionary<string, Matrix> { [\"n\"] = Matrix.Zeros(made.Length, 1) };",
            [Zeros],
            "System.Type is not allowed here");
        yield return Refusal(
            "P/Invoke",
            """
            [System.Runtime.InteropServices.DllImport("libc")]
            private static extern int getpid();
            """,
            "return new Dictionary<string, Matrix> { [\"n\"] = Matrix.Zeros(getpid(), 1) };",
            [Zeros],
            "an extern (P/Invoke) method is not allowed here (in getpid, which it runs)");
        yield return Refusal(
            "a static field initializer",
            """
            private static readonly string s_home = Environment.GetEnvironmentVariable("HOME") ?? "";
            """,
            null,
            [Zeros, Random, He],
            "System.Environment.GetEnvironmentVariable is not allowed here (in the static initialization of Initializers, which it runs)");
        yield return Refusal(
            "a finalizer",
            """
            private sealed class Noisy
            {
                ~Noisy() => Console.WriteLine("late");
            }
            """,
            null,
            [Zeros, Random, He],
            "a finalizer (~Noisy) is not allowed");
        yield return Refusal(
            "a declared ModuleInitializerAttribute",
            """
            [System.Runtime.CompilerServices.ModuleInitializer]
            internal static void OnLoad() => Console.WriteLine("loaded");
            """,
            null,
            [Zeros, Random, He],
            "System.Runtime.CompilerServices.ModuleInitializerAttribute is declared in the System.Runtime.CompilerServices namespace",
            """
            namespace System.Runtime.CompilerServices
            {
                internal sealed class ModuleInitializerAttribute : Attribute;
            }
            """);
        yield return Refusal(
            "a type in System.IO",
            "",
            null,
            [Zeros, Random, He],
            "System.IO.Shortcut is declared in the System.IO namespace",
            """
            namespace System.IO
            {
                internal static class Shortcut;
            }
            """);
    }

    private static TestCaseData Refusal(string name, string members, string? zerosBody, string[] refused, string message, string namespaces = "") =>
        new TestCaseData(members, zerosBody, namespaces, refused, message).SetArgDisplayNames(name);

    [TestCaseSource(nameof(Refusals))]
    public void RefusedUses_CostTheMethodsThatReachThem(string members, string? zerosBody, string namespaces, string[] refused, string message)
    {
        var findings = Check(Submission(members, zerosBody, namespaces));
        Assert.Multiple(() =>
        {
            Assert.That(findings.Keys, Is.EquivalentTo(refused), Describe(findings));
            foreach (var method in refused)
            {
                Assert.That(findings.GetValueOrDefault(method)?.Select(f => f.Message), Has.Some.Contains(message), Describe(findings));
            }
        });
    }

    [Test]
    public void A_LambdaNobodyRuns_CostsNothing_ThoughItSharesTheClosureClass()
    {
        var source = Submission(
            """
            private static void NeverCalled()
            {
                Action wipe = () => File.Delete("/x");
                wipe();
            }
            """,
            """
            Func<int, Matrix> zeros = rows => Matrix.Zeros(rows, 1);
            return new Dictionary<string, Matrix> { ["b1"] = zeros(layersDims[1]) };
            """);

        Assert.That(Describe(Check(source)), Is.Empty);
    }

    [Test]
    public void A_HelperInAnotherClass_CostsOnlyTheMethodThatCallsIt()
    {
        // Random calls a harmless method of the helper class, He the one that deletes a file.
        var source = Submission(
            "",
            namespaces: """
                namespace Initialization
                {
                    internal static class Tools
                    {
                        public static void Clean() => File.Delete("/x");

                        public static int Twice(int x) => 2 * x;
                    }
                }
                """,
            randomFirst: "Console.WriteLine(Tools.Twice(1));",
            heFirst: "Tools.Clean();");

        var findings = Check(source);
        Assert.Multiple(() =>
        {
            Assert.That(findings.Keys, Is.EquivalentTo(new[] { He }), Describe(findings));
            Assert.That(findings.GetValueOrDefault(He)?.Select(f => f.Message), Is.EqualTo(new[] { $"line {LineOf(source, "File.Delete")}: System.IO.File.Delete is not allowed here (in Clean, which it runs)" }));
        });
    }

    [Test]
    public void A_UseInTheGradedMethod_NamesItsLine()
    {
        var source = Submission("", """
            var parameters = new Dictionary<string, Matrix>();
            Console.WriteLine(File.Exists("/etc/hostname"));
            return parameters;
            """);

        var findings = Check(source);
        Assert.That(findings.GetValueOrDefault(Zeros)?.Select(f => f.Message), Is.EqualTo(new[] { $"line {LineOf(source, "File.Exists")}: System.IO.File.Exists is not allowed here" }));
    }

    [Test]
    public void ACallTheCompilerRemoves_IsRefusedByNeitherCheck()
    {
        // Debug.Assert is [Conditional("DEBUG")]: compiled without DEBUG (as Check does here), the
        // call and its arguments leave no IL and never run; the grader defines DEBUG, and allows it.
        var source = Submission("", """
            System.Diagnostics.Debug.Assert(layersDims.Length > 0, "at least one layer");
            return new Dictionary<string, Matrix>();
            """);

        Assert.Multiple(() =>
        {
            Assert.That(Describe(Check(source)), Is.Empty);
            Assert.That(Problems(source).GetValueOrDefault(Zeros), Is.Null);
        });
    }

    [Test]
    public void AssertsFailAndOutput_AreAllowed_ButNotTheListenersOfDebugAndTrace()
    {
        var asserts = Submission("", """
            System.Diagnostics.Debug.Assert(layersDims.Length > 0, $"{layersDims.Length} layers");
            System.Diagnostics.Debug.Assert(layersDims.Length > 0);
            System.Diagnostics.Trace.Assert(layersDims.Length > 0, "at least one layer", "detail");
            return new Dictionary<string, Matrix>();
            """);
        var listeners = Submission("", """
            System.Diagnostics.Trace.Listeners.Clear();
            return new Dictionary<string, Matrix>();
            """);
        var output = Submission("", """
            System.Diagnostics.Debug.WriteLine("layers");
            System.Diagnostics.Debug.Print("{0} layers", layersDims.Length);
            System.Diagnostics.Trace.WriteLineIf(layersDims.Length > 2, "deep");
            if (layersDims.Length == 0) System.Diagnostics.Trace.Fail("no layer");
            return new Dictionary<string, Matrix>();
            """);
        var settings = Submission("", """
            System.Diagnostics.Trace.AutoFlush = true;
            System.Diagnostics.Trace.Flush();
            return new Dictionary<string, Matrix>();
            """);

        Assert.Multiple(() =>
        {
            Assert.That(Problems(asserts), Is.Empty);
            Assert.That(Problems(listeners).GetValueOrDefault(Zeros), Does.Contain("System.Diagnostics.Trace.Listeners is not allowed here"));
            Assert.That(Problems(output), Is.Empty, "the worker's listener drops the output, as a local run shows it nowhere");
            Assert.That(Problems(settings).GetValueOrDefault(Zeros), Does.Contain("System.Diagnostics.Trace.AutoFlush is not allowed here").And.Contain("System.Diagnostics.Trace.Flush is not allowed here"));
        });
    }

    [Test]
    public void TheCheck_RunsOnTheRepairedCompilation_WhenAGradedMethodDoesNotCompile()
    {
        var source = Submission(
            """
            private static int Layers(this int[] sizes) => File.ReadAllLines("/x").Length + sizes.Length;
            """,
            "return new Dictionary<string, Matrix> { [\"n\"] = Matrix.Zeros(layersDims.Layers(), 1) };")
            .Replace("* Math.Sqrt(2.0 / layersDims[l - 1]);", "* Math.Sqrt(2.0 / layersDims[l - 1]) + undefinedName;", StringComparison.Ordinal);

        var problems = Problems(source);
        Assert.Multiple(() =>
        {
            Assert.That(problems.Keys, Is.EquivalentTo(new[] { Zeros, He }));
            Assert.That(problems.GetValueOrDefault(Zeros), Does.Contain("System.IO.File.ReadAllLines is not allowed here (in Layers, which it runs)"));
            Assert.That(problems.GetValueOrDefault(He), Does.StartWith("did not compile"));
        });
    }

    [Test]
    public void TheCheck_TakesAFewMilliseconds()
    {
        var compiler = new SubmissionCompiler(s_references.Value);
        var source = File.ReadAllText(CorpusPaths.Solution);
        var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest), "Initializers.cs", System.Text.Encoding.UTF8);
        var assembly = SubmissionCompiler.Emit(compiler.Create(tree), CancellationToken.None).Assembly!;
        _ = AssemblyUsageCheck.Check(assembly, "Initialization.Initializers", GradedMethods.All, CancellationToken.None);

        const int Runs = 20;
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < Runs; i++)
        {
            _ = AssemblyUsageCheck.Check(assembly, "Initialization.Initializers", GradedMethods.All, CancellationToken.None);
        }

        var each = clock.Elapsed / Runs;
        TestContext.Out.WriteLine($"AssemblyUsageCheck on the reference solution: {each.TotalMilliseconds:0.00} ms");
        Assert.That(each, Is.LessThan(TimeSpan.FromMilliseconds(50)));
    }

    [Test]
    public void EveryTypeOfTheSystemNamespaceNamedException_IsAnException()
    {
        // ApiPolicy.AllowsType allows System's exceptions by name; this keeps the name and the base type in agreement.
        var compilation = CSharpCompilation.Create("probe", references: s_references.Value.All);
        var system = compilation.GlobalNamespace.GetNamespaceMembers().Single(n => n.Name == "System");
        var mismatches = system.GetTypeMembers()
            .Where(t => t.DeclaredAccessibility == Accessibility.Public)
            .Where(t => t.MetadataName.EndsWith("Exception", StringComparison.Ordinal) != IsException(t))
            .Select(t => t.MetadataName)
            .ToList();

        Assert.That(mismatches, Is.Empty);
    }

    private static bool IsException(INamedTypeSymbol type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.Name == "Exception" && current.ContainingNamespace.ToDisplayString() == "System")
            {
                return true;
            }
        }

        return false;
    }

    private static int LineOf(string source, string text) =>
        source[..source.IndexOf(text, StringComparison.Ordinal)].Count(c => c == '\n') + 1;

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
        new SubmissionCompiler(s_references.Value).Compile(new SubmissionSource("Initializers.cs", source), TestPacks.Initialization.Graded, CancellationToken.None)
            .Methods.Where(m => !m.Value.IsCallable).ToDictionary(m => m.Key, m => m.Value.Problem!);

    private static string Describe(IReadOnlyDictionary<string, IReadOnlyList<AssemblyUsageCheck.Finding>> findings) =>
        string.Join("\n", findings.SelectMany(f => f.Value.Select(v => $"{f.Key}: {v.Message}")));

    /// <summary>
    /// A submission: the reference solution's three methods, <paramref name="zerosBody"/> for
    /// InitializeParametersZeros when given, <paramref name="members"/> added to the class,
    /// <paramref name="namespaces"/> after it, and a first statement for the other two methods.
    /// </summary>
    private static string Submission(string members, string? zerosBody = null, string namespaces = "", string randomFirst = "", string heFirst = "")
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

            namespace Initialization
            {
            public static class Initializers
            {
            {{members}}

                public static Dictionary<string, Matrix> InitializeParametersZeros(int[] layersDims)
                {
            {{zeros}}
                }

                public static Dictionary<string, Matrix> InitializeParametersRandom(int[] layersDims)
                {
                    {{randomFirst}}
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
                    {{heFirst}}
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
            }

            {{namespaces}}
            """;
    }
}
