using System.Reflection;
using System.Runtime.Loader;
using Initialization.Grader.Pipeline;
using Initialization.Grader.Protocol;
using Initialization.Grader.Reporting;
using Newtonsoft.Json;

namespace Initialization.Grader.Exercise;

/// <summary>
/// An exercise pack, loaded at run time from its folder: <c>exercise.json</c> (an
/// <see cref="ExerciseManifest"/>), <c>course.json</c> (the course's points and visibility, a
/// <see cref="CourseConfiguration"/>) and the NUnit assembly of its hidden tests, which reference
/// this library's Exercise contract. The grading core knows nothing else about the exercise.
/// </summary>
public sealed class ExercisePack
{
    /// <summary>The manifest's file name in a pack's folder.</summary>
    public const string ManifestFileName = "exercise.json";

    /// <summary>Where grade.sh builds the kit's own pack: beside the grader.</summary>
    public const string DefaultFolderName = "exercise";

    /// <summary>Gradescope's visibilities, which course.json may choose.</summary>
    public static IReadOnlyList<string> Visibilities { get; } = ["visible", "after_due_date", "after_published", "hidden"];

    private static readonly JsonSerializerSettings s_strict = new()
    {
        MissingMemberHandling = MissingMemberHandling.Error,
        NullValueHandling = NullValueHandling.Include,
    };

    private readonly Lazy<HiddenTestRunner> _runner;

    private ExercisePack(string folder, ExerciseManifest manifest, CourseConfiguration course, Assembly tests)
    {
        Folder = folder;
        Manifest = manifest;
        Course = course;
        TestsAssembly = tests;
        Graded = new GradedClassSpec(manifest.GradedClass, [.. manifest.Methods.Select(m => new GradedMethodSpec(m.Name, m.Signature, m.Parameters, m.Returns))]);
        _runner = new Lazy<HiddenTestRunner>(() => new HiddenTestRunner(this));
    }

    /// <summary>The pack's folder.</summary>
    public string Folder { get; }

    /// <summary>The pack's manifest.</summary>
    public ExerciseManifest Manifest { get; }

    /// <summary>The course's choices: points per check, visibility, the assignment's name.</summary>
    public CourseConfiguration Course { get; }

    /// <summary>The hidden tests.</summary>
    public Assembly TestsAssembly { get; }

    /// <summary>What a submission must declare, as the compiler checks it.</summary>
    public GradedClassSpec Graded { get; }

    /// <summary>The graded methods' names, in rubric order.</summary>
    public IReadOnlyList<string> MethodNames => Graded.MethodNames;

    /// <summary>The rubric's total: the course's points of every graded method's checks.</summary>
    public double MaxScore => Manifest.Methods.Sum(m => Course.MethodPoints(m.Name));

    /// <summary>The runner of this pack's tests (its rubric checked against the manifest on first use).</summary>
    public HiddenTestRunner Tests => _runner.Value;

    /// <summary>The folder of the kit's own pack as grade.sh builds it: <c>exercise/</c> beside the grader.</summary>
    public static string DefaultFolder => Path.Combine(AppContext.BaseDirectory, DefaultFolderName);

    /// <summary>The facts about this exercise that reports carry besides a result.</summary>
    /// <param name="studentId">The student's id, if known.</param>
    /// <param name="timestamp">When grading finished.</param>
    /// <returns>The context.</returns>
    public ReportContext ReportContext(string? studentId, DateTimeOffset timestamp) => new(studentId, timestamp)
    {
        TestVisibility = Course.Gradescope.Visibility,
        ExerciseTitle = Manifest.Title ?? Manifest.Exercise,
        StudentFile = Manifest.StudentPath ?? Manifest.SubmissionFile,
    };

    /// <summary>The grader's limits with this exercise's time limits applied.</summary>
    /// <param name="defaults">The grader's defaults.</param>
    /// <returns>The limits for this exercise.</returns>
    public GradingLimits Limits(GradingLimits defaults)
    {
        ArgumentNullException.ThrowIfNull(defaults);
        var limits = Manifest.Limits;
        return defaults with
        {
            PerCall = Seconds(limits.PerCallSeconds) ?? defaults.PerCall,
            PerSubmission = Seconds(limits.PerSubmissionSeconds) ?? defaults.PerSubmission,
            Compile = Seconds(limits.CompileSeconds) ?? defaults.Compile,
        };
    }

    /// <summary>Loads the pack in <paramref name="folder"/>, checking its manifest, its course configuration and its rubric.</summary>
    /// <param name="folder">The pack's folder.</param>
    /// <returns>The pack.</returns>
    /// <exception cref="ExercisePackException">The folder holds no valid pack (the message says what to fix).</exception>
    public static ExercisePack Load(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var manifestPath = Path.Combine(folder, ManifestFileName);
        if (!File.Exists(manifestPath))
        {
            throw new ExercisePackException($"there is no exercise pack in '{folder}': {ManifestFileName} is missing. Give --exercise the folder of a built pack (grade.sh builds the kit's own).");
        }

        ExerciseManifest manifest;
        try
        {
            manifest = JsonConvert.DeserializeObject<ExerciseManifest>(File.ReadAllText(manifestPath), s_strict)
                ?? throw new ExercisePackException($"{manifestPath} is empty");
        }
        catch (JsonException invalid)
        {
            throw new ExercisePackException($"{manifestPath} is not a valid exercise manifest: {invalid.Message}");
        }

        Validate(manifest, manifestPath);
        var coursePath = Path.Combine(folder, CourseConfiguration.FileName);
        var course = CourseConfiguration.Load(coursePath);
        if (course.Points.Keys.Where(m => !manifest.Methods.Any(g => g.Name == m)).ToList() is [_, ..] strays)
        {
            throw new ExercisePackException($"{coursePath} gives points to {string.Join(", ", strays)}, which {ManifestFileName} does not grade: its graded methods are {string.Join(", ", manifest.Methods.Select(m => m.Name))}");
        }

        var assemblyPath = Path.GetFullPath(Path.Combine(folder, manifest.TestsAssembly));
        if (!File.Exists(assemblyPath))
        {
            throw new ExercisePackException($"the pack's tests assembly {assemblyPath} is missing: build the pack (its folder must hold {manifest.TestsAssembly} beside {ManifestFileName})");
        }

        var pack = new ExercisePack(Path.GetFullPath(folder), manifest, course, LoadTests(assemblyPath));
        BubblewrapJail.Hide(pack.Folder);
        // The rubric is checked now, not at the first grading: a pack that disagrees with its manifest grades nobody.
        _ = pack.Tests;
        return pack;
    }

    /// <summary>
    /// The tests assembly, in the default load context so that it shares this library (and NUnit)
    /// with the grader; an assembly of the same name already loaded (a test run that references
    /// the pack) is that one.
    /// </summary>
    private static Assembly LoadTests(string path)
    {
        var name = AssemblyName.GetAssemblyName(path);
        var loaded = AssemblyLoadContext.Default.Assemblies.FirstOrDefault(a => a.GetName().Name == name.Name);
        if (loaded is not null)
        {
            return loaded;
        }

        try
        {
            return AssemblyLoadContext.Default.LoadFromAssemblyPath(path);
        }
        catch (Exception exception) when (exception is BadImageFormatException or FileLoadException)
        {
            throw new ExercisePackException($"the pack's tests assembly {path} cannot be loaded: {exception.Message}");
        }
    }

    private static void Validate(ExerciseManifest manifest, string path)
    {
        var problems = new List<string>();
        if (manifest.Methods.Count is 0 or > ProtocolLimits.MaxMethods)
        {
            problems.Add($"\"methods\" must list 1 to {ProtocolLimits.MaxMethods} graded methods");
        }

        foreach (var duplicate in manifest.Methods.GroupBy(m => m.Name).Where(g => g.Count() > 1))
        {
            problems.Add($"the method {duplicate.Key} is listed {duplicate.Count()} times");
        }

        foreach (var method in manifest.Methods.Where(m => !Microsoft.CodeAnalysis.CSharp.SyntaxFacts.IsValidIdentifier(m.Name)))
        {
            problems.Add($"the method '{method.Name}' needs a C# name");
        }

        if (!Microsoft.CodeAnalysis.CSharp.SyntaxFacts.IsValidIdentifier(manifest.GradedClass))
        {
            problems.Add($"\"graded_class\" must be a class's simple name, not '{manifest.GradedClass}'");
        }

        if (Path.GetFileName(manifest.TestsAssembly) != manifest.TestsAssembly || !manifest.TestsAssembly.EndsWith(".dll", StringComparison.Ordinal))
        {
            problems.Add($"\"tests_assembly\" must be a .dll file name in the pack's folder, not '{manifest.TestsAssembly}'");
        }

        if (Path.GetFileName(manifest.SubmissionFile) != manifest.SubmissionFile || !manifest.SubmissionFile.EndsWith(".cs", StringComparison.Ordinal))
        {
            problems.Add($"\"submission_file\" must be a .cs file name, not '{manifest.SubmissionFile}'");
        }

        foreach (var limit in new[] { manifest.Limits.PerCallSeconds, manifest.Limits.PerSubmissionSeconds, manifest.Limits.CompileSeconds })
        {
            if (limit is <= 0 or > 3600 || (limit is { } value && double.IsNaN(value)))
            {
                problems.Add($"a limit of {limit} s is out of range (0 to 3600)");
            }
        }

        if (problems.Count > 0)
        {
            throw new ExercisePackException($"{path} is not a valid exercise manifest:\n  {string.Join("\n  ", problems)}");
        }
    }

    private static TimeSpan? Seconds(double? seconds) => seconds is { } value ? TimeSpan.FromSeconds(value) : null;
}

/// <summary>An exercise pack cannot be used: its message says what to fix (an instructor's problem, never a student's).</summary>
/// <param name="message">What is wrong.</param>
public sealed class ExercisePackException(string message) : Exception(message);
