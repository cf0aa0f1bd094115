using System.Security.Cryptography;
using System.Text;
using Initialization.Grader.Exercise;
using Initialization.Grader.Pipeline;

namespace Initialization.Grader.Batch;

/// <summary>
/// What makes two batch runs comparable: the same class, graded by the same grading core with the
/// same exercise pack. Shards record it and <c>--merge</c> refuses shards where it differs.
/// </summary>
public static class GradingIdentity
{
    /// <summary>SHA-256 (hex) of the class's student ids, sorted ordinally, one per line.</summary>
    public static string ClassFingerprint(IReadOnlyList<Student> students)
    {
        ArgumentNullException.ThrowIfNull(students);
        var ids = students.Select(s => s.Id).Order(StringComparer.Ordinal).Select(id => id + "\n");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Concat(ids))));
    }

    /// <summary>
    /// The grading core's build: its module version id, which the kit's deterministic builds derive
    /// from the sources and the compiler, so machines that built the same commit agree.
    /// </summary>
    public static string GraderBuild => typeof(SubmissionGrader).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    /// <summary>The pack's name and SHA-256 (hex) of its manifest, its course configuration (the points) and its tests assembly.</summary>
    public static string ExercisePack(ExercisePack pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(File.ReadAllBytes(Path.Combine(pack.Folder, Exercise.ExercisePack.ManifestFileName)));
        hash.AppendData(File.ReadAllBytes(Path.Combine(pack.Folder, CourseConfiguration.FileName)));
        hash.AppendData(File.ReadAllBytes(Path.Combine(pack.Folder, pack.Manifest.TestsAssembly)));
        return $"{pack.Manifest.Exercise} {Convert.ToHexStringLower(hash.GetHashAndReset())}";
    }
}
