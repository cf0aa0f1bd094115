using Newtonsoft.Json;

namespace Initialization.Grader.Exercise;

/// <summary>
/// An exercise pack's exercise.json: what the grading core needs to know about the exercise and
/// nothing else (the tests themselves live in the pack's assembly; points and visibility are the
/// course's choice, in <see cref="CourseConfiguration"/>). Read by <see cref="ExercisePack"/>.
/// </summary>
public sealed record ExerciseManifest
{
    /// <summary>The exercise's short name (e.g. "initialization").</summary>
    [JsonProperty("exercise", Required = Required.Always)]
    public string Exercise { get; init; } = string.Empty;

    /// <summary>The exercise's title in reports (JUnit's suite name); the exercise's short name when absent.</summary>
    [JsonProperty("title")]
    public string? Title { get; init; }

    /// <summary>Where students edit the submitted file in their repository (e.g. "Starter/Initializers.cs"), for reports that point at it; the submission file when absent.</summary>
    [JsonProperty("student_path")]
    public string? StudentPath { get; init; }

    /// <summary>The pack's tests: an NUnit assembly in the pack's folder.</summary>
    [JsonProperty("tests_assembly", Required = Required.Always)]
    public string TestsAssembly { get; init; } = string.Empty;

    /// <summary>The file students submit (e.g. "Initializers.cs").</summary>
    [JsonProperty("submission_file", Required = Required.Always)]
    public string SubmissionFile { get; init; } = string.Empty;

    /// <summary>The simple name of the class that holds the graded methods (e.g. "Initializers").</summary>
    [JsonProperty("graded_class", Required = Required.Always)]
    public string GradedClass { get; init; } = string.Empty;

    /// <summary>The graded methods, in the order the exercise introduces them (the rubric's order).</summary>
    [JsonProperty("methods", Required = Required.Always)]
    public IReadOnlyList<GradedMethod> Methods { get; init; } = [];

    /// <summary>The time limits of student code; absent ones keep the grader's defaults.</summary>
    [JsonProperty("limits")]
    public ExerciseLimits Limits { get; init; } = new();
}

/// <summary>One graded method: its name and how it must be declared (its points are the course's: <see cref="CourseConfiguration"/>).</summary>
public sealed record GradedMethod
{
    /// <summary>The method's name.</summary>
    [JsonProperty("name", Required = Required.Always)]
    public string Name { get; init; } = string.Empty;

    /// <summary>The declaration students are shown when theirs does not fit (e.g. "public static Matrix Relu(Matrix z)").</summary>
    [JsonProperty("signature", Required = Required.Always)]
    public string Signature { get; init; } = string.Empty;

    /// <summary>The parameters' types as C# names, fully qualified outside the System namespace (e.g. "int[]", "Initialization.Shared.Matrix").</summary>
    [JsonProperty("parameters", Required = Required.Always)]
    public IReadOnlyList<string> Parameters { get; init; } = [];

    /// <summary>A type the declared return type must convert to implicitly, by identity or by reference (e.g. an interface the result must implement).</summary>
    [JsonProperty("returns", Required = Required.Always)]
    public string Returns { get; init; } = string.Empty;
}

/// <summary>An exercise's time limits, in seconds; null keeps the grader's default.</summary>
public sealed record ExerciseLimits
{
    /// <summary>One call of a graded method.</summary>
    [JsonProperty("per_call_seconds")]
    public double? PerCallSeconds { get; init; }

    /// <summary>All calls of one submission together.</summary>
    [JsonProperty("per_submission_seconds")]
    public double? PerSubmissionSeconds { get; init; }

    /// <summary>Compiling one submission.</summary>
    [JsonProperty("compile_seconds")]
    public double? CompileSeconds { get; init; }
}
