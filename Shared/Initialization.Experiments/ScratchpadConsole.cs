using System.Text;

namespace Initialization.Experiments;

/// <summary>
/// The scratchpad on a console: evaluates each --eval and prints its value; with --repl, then
/// reads C# line by line (a line that opens a brace or parenthesis goes on on the next ones),
/// printing each value, until "exit" or the end of the input.
/// </summary>
internal static class ScratchpadConsole
{
    public const string Prompt = "> ";
    public const string ContinuationPrompt = ". ";

    private static readonly string[] s_exitWords = ["exit", "exit;", "exit()", "quit"];

    /// <summary>Runs the scratchpad mode of the runner.</summary>
    /// <param name="options">The --eval code and whether --repl follows.</param>
    /// <param name="scratchpad">The session.</param>
    /// <param name="input">The lines of --repl.</param>
    /// <param name="output">Receives the values (and, with <paramref name="showPrompts"/>, the prompts).</param>
    /// <param name="error">Receives the messages about code that does not compile or throws.</param>
    /// <param name="showPrompts">Whether a person types the input: print a welcome and prompts.</param>
    /// <returns><see cref="ExperimentRunner.Success"/>, or <see cref="ExperimentRunner.ExperimentFailed"/> when an --eval failed (and no --repl followed).</returns>
    public static int Run(ScratchpadOptions options, Scratchpad scratchpad, TextReader input, TextWriter output, TextWriter error, bool showPrompts)
    {
        // While the person reads the welcome and types, the compiler gets ready.
        var warmUp = options.Interactive && options.Code.Count == 0 ? scratchpad.WarmUpAsync() : Task.CompletedTask;
        var failed = false;
        foreach (var code in options.Code)
        {
            if (!Show(scratchpad.EvaluateAsync(code).GetAwaiter().GetResult(), output, error))
            {
                failed = true;
                break;
            }
        }

        if (!options.Interactive)
        {
            return failed ? ExperimentRunner.ExperimentFailed : ExperimentRunner.Success;
        }

        if (showPrompts)
        {
            Welcome(output);
        }

        Repl(scratchpad, warmUp, input, output, error, showPrompts);
        return ExperimentRunner.Success;
    }

    private static void Repl(Scratchpad scratchpad, Task warmUp, TextReader input, TextWriter output, TextWriter error, bool showPrompts)
    {
        var pending = new StringBuilder();
        while (true)
        {
            if (showPrompts)
            {
                output.Write(pending.Length == 0 ? Prompt : ContinuationPrompt);
                output.Flush();
            }

            var line = input.ReadLine();
            if (line is null)
            {
                if (showPrompts)
                {
                    output.WriteLine();
                }

                break;
            }

            if (pending.Length == 0 && s_exitWords.Contains(line.Trim()))
            {
                break;
            }

            if (pending.Length == 0 && string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            // An empty line ends an unfinished piece of code: the compiler then says what is missing.
            var finished = pending.Length > 0 && string.IsNullOrWhiteSpace(line);
            pending.Append(line).Append('\n');
            var code = pending.ToString();
            if (!finished && !Scratchpad.IsComplete(code))
            {
                continue;
            }

            pending.Clear();
            warmUp.GetAwaiter().GetResult();
            Show(scratchpad.EvaluateAsync(code.TrimEnd('\n')).GetAwaiter().GetResult(), output, error);
        }
    }

    private static bool Show(ScratchpadResult result, TextWriter output, TextWriter error)
    {
        if (result.Status == ScratchpadStatus.Value)
        {
            output.WriteLine(result.Text);
        }
        else if (!result.Succeeded)
        {
            output.Flush();
            error.WriteLine(result.Text);
            error.Flush();
        }

        return result.Succeeded;
    }

    private static void Welcome(TextWriter output)
    {
        output.WriteLine("C# scratchpad over your Initializers.cs: type C# and press Enter, like a notebook cell.");
        output.WriteLine("  An expression prints its value:  InitializeParametersHe(new[] { 2, 4, 1 })[\"W1\"]");
        output.WriteLine("  A statement keeps its variables: var p = InitializeParametersZeros(new[] { 3, 2, 1 });");
        output.WriteLine("                                   p[\"W1\"].Shape");
        output.WriteLine("Your methods (with or without \"Initializers.\"), Matrix, RandomState, Math and LINQ are at hand.");
        output.WriteLine("This is Initializers.cs as built when the scratchpad started: after you edit it, leave and start again.");
        output.WriteLine("An unfinished line (an open ( or {) goes on on the next; an empty line ends it. Leave with exit or Ctrl+D.");
    }
}
