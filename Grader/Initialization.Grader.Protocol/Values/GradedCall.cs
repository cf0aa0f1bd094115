using System.Reflection;

namespace Initialization.Grader.Protocol.Values;

/// <summary>Finds the graded method a call names and makes its arguments: the one binding rule of the worker and of in-process runs.</summary>
public static class GradedCall
{
    /// <summary>
    /// The public static method of <paramref name="graded"/> named <paramref name="method"/>
    /// whose parameters take <paramref name="arguments"/>, with fresh arguments made for it.
    /// </summary>
    /// <param name="graded">The graded class (null when none was loaded).</param>
    /// <param name="method">The method's name.</param>
    /// <param name="arguments">Canonical values (<see cref="GradedValue"/>).</param>
    /// <returns>The method and its arguments.</returns>
    /// <exception cref="MissingMethodException">No overload takes the arguments.</exception>
    public static (MethodInfo Method, object?[] Arguments) Bind(Type? graded, string method, IReadOnlyList<object?> arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        foreach (var candidate in graded?.GetMethods(BindingFlags.Public | BindingFlags.Static) ?? [])
        {
            var parameters = candidate.GetParameters();
            if (candidate.Name != method || candidate.IsGenericMethodDefinition || parameters.Length != arguments.Count)
            {
                continue;
            }

            try
            {
                return (candidate, [.. parameters.Select((p, i) => GradedValue.ToArgument(arguments[i], p.ParameterType))]);
            }
            catch (ArgumentException)
            {
                // Another overload may take these arguments.
            }
        }

        throw new MissingMethodException($"{method}({string.Join(", ", arguments.Select(GradedValue.Describe))}) is not in the loaded class");
    }
}
