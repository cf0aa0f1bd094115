using YamlDotNet.RepresentationModel;

namespace Initialization.Grader.Tests;

/// <summary>Reads a YAML document by a path of mapping keys (the workflow and Kubernetes manifest tests).</summary>
internal static class YamlPath
{
    /// <summary>The node at <paramref name="path"/> under <paramref name="node"/>, or null when a key is missing.</summary>
    public static YamlNode? Node(YamlMappingNode node, params string[] path)
    {
        YamlNode current = node;
        foreach (var key in path)
        {
            if (current is not YamlMappingNode mapping || !mapping.Children.TryGetValue(new YamlScalarNode(key), out var next))
            {
                return null;
            }

            current = next;
        }

        return current;
    }

    /// <summary>The scalar's text at <paramref name="path"/>, or null when it is missing or not a scalar.</summary>
    public static string? Scalar(YamlMappingNode node, params string[] path) => (Node(node, path) as YamlScalarNode)?.Value;
}
