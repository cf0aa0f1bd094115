using System.Globalization;
using System.Text;
using Initialization.Grader.Exercise;
using Initialization.Grader.HiddenTests.Fixtures;
using Initialization.Grader.HiddenTests.Subject;
using Initialization.Shared;
using Initialization.Shared.Model;

namespace Initialization.Grader.HiddenTests.Feedback;

/// <summary>
/// Turns a call's outcome into feedback: what is wrong, in the student's terms, and the likely
/// mistake. Hidden cases show at most one differing entry, never their expected matrices.
/// </summary>
internal static class Review
{
    private const int MaxListedProblems = 4;

    /// <summary>The call as the student would write it, e.g. InitializeParametersHe([2, 10, 5, 1]).</summary>
    public static string CallText(string method, int[] dims) => $"{method}([{string.Join(", ", dims)}])";

    /// <summary>Why the outcome has no parameters to check, or null when it returned a complete, well-shaped dictionary.</summary>
    public static string? StructureProblem(string method, int[] dims, InitializerCall outcome)
    {
        var call = CallText(method, dims);
        switch (outcome.Kind)
        {
            case CallKind.Returned:
                break;
            case CallKind.ReturnedNull:
                return $"{call} returned null: return the dictionary of parameters you filled.";
            default:
                // The same hint the public tests give for the exception's usual cause.
                return $"{call} {outcome.Explanation}{ExceptionHints.For(outcome.ExceptionType)}";
        }

        var parameters = outcome.Parameters!.ToDictionary(kv => kv.Key, kv => kv.Value!);
        var problems = ParameterCheck.Problems(parameters, dims);
        if (problems.Count == 0)
        {
            return null;
        }

        var hint = problems.Any(p => p.StartsWith("has no", StringComparison.Ordinal) || p.StartsWith("has unexpected", StringComparison.Ordinal))
            ? $"\nThe loop must create W{{l}} and b{{l}} for every l from 1 to layersDims.Length - 1 ({dims.Length - 1} layers here), and nothing else. " +
              "Keys left over from an earlier call mean the dictionary lives too long (a static field): create it inside the method."
            : string.Empty;
        return $"{call} returned parameters of the wrong form:\n{Bullets(problems.Select(p => "it " + p))}{hint}";
    }

    /// <summary>The feedback for a hidden case, or null when the outcome matches numpy.</summary>
    public static string? Check(HiddenCase hidden, InitializerCall outcome, bool showExpected)
    {
        if (StructureProblem(hidden.Method, hidden.LayersDims, outcome) is { } structure)
        {
            return structure;
        }

        var actual = outcome.Parameters!;
        var problems = new List<string>();
        var wrongWeights = false;
        foreach (var (key, expected) in hidden.Parameters)
        {
            var matrix = actual[key]!;
            if (expected.WorstMismatch(matrix, Tolerance.Relative) is not { } worst)
            {
                continue;
            }

            if (key.StartsWith('b') && expected.IsAllZero)
            {
                problems.Add($"{key} should be all zeros, but {key}[{worst.Row}, {worst.Col}] is {Number(worst.Actual)}.");
            }
            else if (expected.IsAllZero)
            {
                wrongWeights = true;
                problems.Add($"{key} should be all zeros, but {key}[{worst.Row}, {worst.Col}] is {Number(worst.Actual)}.");
            }
            else
            {
                wrongWeights = true;
                problems.Add($"{key} differs from the expected values ({key}[{worst.Row}, {worst.Col}] is {Number(worst.Actual)}, expected {Number(worst.Expected)}).");
            }
        }

        if (problems.Count == 0)
        {
            return null;
        }

        var text = new StringBuilder($"{CallText(hidden.Method, hidden.LayersDims)} is not right yet:\n{Bullets(problems)}");
        if (wrongWeights)
        {
            var mistake = MistakeCatalog.Diagnose(hidden.Method, hidden.LayersDims, actual);
            text.Append(mistake is null ? $"\nHint: {MistakeCatalog.GenericHint(hidden.Method)}" : $"\nLikely mistake: {mistake}");
        }

        if (showExpected)
        {
            foreach (var key in hidden.Parameters.Keys.Where(k => hidden.Parameters[k].WorstMismatch(actual[k]!, Tolerance.Relative) is not null))
            {
                text.Append(CultureInfo.InvariantCulture, $"\n\nExpected {key}:\n{ToMatrix(hidden.Parameters[key])}\nYour {key}:\n{actual[key]}");
            }
        }

        return text.ToString();
    }

    /// <summary>A value as students see numbers in the notebook: up to 8 significant digits.</summary>
    public static string Number(double value) => value.ToString("G8", CultureInfo.InvariantCulture);

    public static string Bullets(IEnumerable<string> lines)
    {
        var all = lines.ToList();
        var shown = all.Take(MaxListedProblems).Select(l => "  - " + l);
        var more = all.Count > MaxListedProblems ? [$"  - … and {all.Count - MaxListedProblems} more"] : Array.Empty<string>();
        return string.Join("\n", shown.Concat(more));
    }

    private static Matrix ToMatrix(ExpectedMatrix expected)
    {
        var matrix = Matrix.Zeros(expected.Shape.Rows, expected.Shape.Cols);
        foreach (var (row, col, value) in expected.Entries)
        {
            matrix[row, col] = value;
        }

        return matrix;
    }
}
