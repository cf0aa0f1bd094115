using Initialization.Grader.Pipeline;

namespace Initialization.Grader.Cli;

/// <summary>
/// The command that runs the instructor tool again as it was run, for a user to paste after an
/// interruption: through grade.sh when grade.sh started it (without the --exercise that grade.sh
/// adds itself), else the program as it was started; always without --force, which would grade
/// everyone again instead of going on.
/// </summary>
internal static class RerunCommand
{
    /// <summary>The environment variable grade.sh sets to the kit's folder.</summary>
    public const string KitRootVariable = "INITIALIZATION_KIT_ROOT";

    /// <summary>The command for this process, run from the current folder.</summary>
    /// <param name="arguments">The tool's arguments.</param>
    /// <returns>The command line, quoted for a POSIX shell.</returns>
    public static string Of(IReadOnlyList<string> arguments)
    {
        string[] program = Environment.ProcessPath is { } host && Path.GetFileNameWithoutExtension(host) == "dotnet"
            ? [host, typeof(RerunCommand).Assembly.Location]
            : [Environment.ProcessPath ?? "Initialization.Grader.Instructor"];
        return Of(arguments, Environment.GetEnvironmentVariable(KitRootVariable), Environment.GetEnvironmentVariable(GraderHome.Variable), Environment.CurrentDirectory, program);
    }

    /// <summary>The command for a tool given <paramref name="arguments"/>, started by grade.sh in <paramref name="kitRoot"/> (when not null) or as <paramref name="program"/>.</summary>
    /// <param name="arguments">The tool's arguments.</param>
    /// <param name="kitRoot">grade.sh's folder, when grade.sh started the tool.</param>
    /// <param name="graderHome">The grader's build grade.sh named (whose exercise/ it passes as --exercise).</param>
    /// <param name="currentFolder">The folder the command is to be run from.</param>
    /// <param name="program">The program and its leading arguments when grade.sh did not start it.</param>
    /// <returns>The command line, quoted for a POSIX shell.</returns>
    internal static string Of(IReadOnlyList<string> arguments, string? kitRoot, string? graderHome, string currentFolder, IReadOnlyList<string> program)
    {
        var kept = WithoutForce(arguments);
        IEnumerable<string> command = program;
        var script = kitRoot is null ? null : Path.Combine(kitRoot, "grade.sh");
        if (script is not null && File.Exists(script))
        {
            // grade.sh appends --exercise with its build's pack unless one was given.
            if (graderHome is not null && kept.Count >= 2 && kept[^2] == "--exercise" && kept[^1] == Path.Combine(graderHome, "exercise"))
            {
                kept.RemoveRange(kept.Count - 2, 2);
            }

            var relative = Path.GetRelativePath(currentFolder, script);
            command = [relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? Path.GetFullPath(script) : "./" + relative];
        }

        return string.Join(' ', command.Concat(kept).Select(Quote));
    }

    /// <summary><paramref name="argument"/> as a POSIX shell reads it back.</summary>
    internal static string Quote(string argument) =>
        argument.Length > 0 && argument.All(c => char.IsAsciiLetterOrDigit(c) || "_-./:=@%+,".Contains(c, StringComparison.Ordinal))
            ? argument
            : "'" + argument.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    private static List<string> WithoutForce(IReadOnlyList<string> arguments)
    {
        var kept = new List<string>();
        for (var i = 0; i < arguments.Count; i++)
        {
            var argument = arguments[i];
            if (argument.StartsWith("--force=", StringComparison.Ordinal) || argument.StartsWith("--force:", StringComparison.Ordinal))
            {
                continue;
            }

            if (argument == "--force")
            {
                // "--force true" is the option with its value.
                if (i + 1 < arguments.Count && bool.TryParse(arguments[i + 1], out _))
                {
                    i++;
                }

                continue;
            }

            kept.Add(argument);
        }

        return kept;
    }
}
