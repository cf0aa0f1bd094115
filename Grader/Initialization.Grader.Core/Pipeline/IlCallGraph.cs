namespace Initialization.Grader.Pipeline;

/// <summary>
/// The submission's compiled code as a graph, built by <see cref="IlReferenceReader"/>: a node per
/// method, per field, per type (its static initialization, and "all of it"), and one for the
/// module; the refused uses found in each; an edge from each node to the nodes it can run.
/// </summary>
internal sealed class IlCallGraph
{
    /// <summary>Runs when the assembly loads, before any graded method: every graded method reaches it.</summary>
    public Node Module { get; } = new("the module", null);

    /// <summary>Adds a node.</summary>
    /// <param name="name">How messages name it ("Helper", "the static initialization of Initializers").</param>
    /// <param name="sourceMember">The source member whose code it is (a lambda's or an iterator's is its method's), or null.</param>
    /// <returns>The node.</returns>
    public static Node Add(string name, string? sourceMember) => new(name, sourceMember);

    /// <summary>Every node <paramref name="roots"/> can run, themselves included.</summary>
    /// <param name="roots">Where execution starts.</param>
    /// <returns>The reachable nodes.</returns>
    public static HashSet<Node> Reachable(IEnumerable<Node> roots)
    {
        var seen = new HashSet<Node>();
        var pending = new Stack<Node>(roots);
        while (pending.TryPop(out var node))
        {
            if (seen.Add(node))
            {
                foreach (var next in node.Edges)
                {
                    pending.Push(next);
                }
            }
        }

        return seen;
    }

    /// <summary>A refused use.</summary>
    /// <param name="Line">The source line, when the PDB maps it.</param>
    /// <param name="Api">What is refused, as the student would name it ("System.IO.File.WriteAllText").</param>
    /// <param name="What">The sentence for the student.</param>
    internal sealed record Violation(int? Line, string Api, string What);

    /// <summary>A unit of code (or of initialization) in the graph.</summary>
    internal sealed class Node(string name, string? sourceMember)
    {
        /// <summary>How messages name it.</summary>
        public string Name => name;

        /// <summary>The source member whose code it is, or null.</summary>
        public string? SourceMember => sourceMember;

        /// <summary>The nodes it can run.</summary>
        public HashSet<Node> Edges { get; } = [];

        /// <summary>The refused uses in it.</summary>
        public List<Violation> Violations { get; } = [];

        /// <summary>Records a refused use, once.</summary>
        public void Refuse(int? line, string api, string what)
        {
            var violation = new Violation(line, api, what);
            if (!Violations.Contains(violation))
            {
                Violations.Add(violation);
            }
        }

        public override string ToString() => name;
    }
}
