using System.Runtime.Versioning;

namespace Initialization.Grader.Tests;

/// <summary>
/// platforms/github-classroom/clone-submissions.sh, which grade-class.yml runs to fetch a class:
/// run against local git repositories through a stand-in <c>gh</c> that lists an organization's
/// repositories from a file and clones with git from a folder instead of GitHub.
/// </summary>
[UnsupportedOSPlatform("windows")]
public class CloneSubmissionsScriptTests
{
    private const string Alice = "public static class Initializers { /* alice */ }\n";
    private const string Bob = "public static class Initializers { /* bob */ }\n";

    private static readonly string s_script = Path.Combine(RepositoryPaths.Root, "platforms", "github-classroom", "clone-submissions.sh");

    private TemporaryFolder _folder = null!;

    private string Remotes => Path.Combine(_folder.Path, "remotes");

    private string Submissions => Path.Combine(_folder.Path, "submissions");

    private string Report => Path.Combine(_folder.Path, "report.md");

    private string NotCloned => Path.Combine(_folder.Path, "not-cloned.txt");

    private string GhLog => Path.Combine(_folder.Path, "gh.log");

    [SetUp]
    public void CreateFolder()
    {
        _folder = new TemporaryFolder();
        var bin = Path.Combine(_folder.Path, "bin");
        Directory.CreateDirectory(bin);
        var gh = Path.Combine(bin, "gh");
        File.WriteAllText(gh, """
            #!/usr/bin/env bash
            # Stands in for the GitHub CLI: "repo list ORG" prints remotes/ORG.names (the names
            # the real one's --jq '.[].name' prints); "repo clone OWNER/REPO DIR -- FLAGS" clones
            # remotes/OWNER/REPO with git.
            printf '%s\n' "$*" >>"$FAKE_GH_LOG"
            case "$1 $2" in
                "repo list")
                    if [ -f "$FAKE_GH_REMOTES/$3.names" ]; then cat "$FAKE_GH_REMOTES/$3.names"; else echo "GraphQL: Could not resolve to an organization with the login of '$3'." >&2; exit 1; fi ;;
                "repo clone")
                    repo="$3" dir="$4"; shift 4; [ "${1:-}" = "--" ] && shift
                    exec git clone "$@" "file://$FAKE_GH_REMOTES/$repo" "$dir" ;;
                *) echo "fake gh: unexpected arguments: $*" >&2; exit 3 ;;
            esac

            """);
        File.SetUnixFileMode(gh, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    [TearDown]
    public void DeleteFolder() => _folder.Dispose();

    [Test]
    public void Roster_ClonesEachRepositoryShallow_KeepingOnlyStarterInitializers_UnderTheRepositorysName()
    {
        Remote("classroom/init-alice", ("Starter/Initializers.cs", Alice), ("Starter/Program.cs", "// more C#"), ("Shared/Matrix.cs", "// more C#"));
        Remote("classroom/init-bob", ("Starter/Initializers.cs", Bob));
        var roster = Roster("# the class\nclassroom/init-alice\n\n  classroom/init-bob  \r\nclassroom/init-alice\n");

        var run = Clone("--roster", roster);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Zero, run.ToString());
            Assert.That(FilesUnder(Submissions), Is.EquivalentTo(new[] { "init-alice/Initializers.cs", "init-bob/Initializers.cs" }));
            Assert.That(File.ReadAllText(Path.Combine(Submissions, "init-alice", "Initializers.cs")), Is.EqualTo(Alice));
            Assert.That(File.ReadAllText(Path.Combine(Submissions, "init-bob", "Initializers.cs")), Is.EqualTo(Bob));
            Assert.That(File.ReadAllLines(GhLog).Where(l => l.StartsWith("repo clone", StringComparison.Ordinal)), Has.Exactly(2).Items.And.All.Contains("-- --depth 1"), "each repository once, shallow");
            Assert.That(File.ReadAllText(NotCloned), Is.Empty);
            Assert.That(File.ReadAllText(Report), Does.Contain("2 repositories from the roster").And.Contains("2 cloned").And.Contains("0 not cloned"));
        });
    }

    [Test]
    public void ARepositoryThatCannotBeCloned_IsListedWithTheReason_AndTheOthersAreStillCloned()
    {
        Remote("classroom/init-alice", ("Starter/Initializers.cs", Alice));
        Remote("classroom/init-bob", ("Starter/Initializers.cs", Bob));
        var roster = Roster("classroom/init-alice\nclassroom/init-gone\nnot a repository\nclassroom/init-bob\nother/init-bob\n");

        var run = Clone("--roster", roster);
        var notCloned = File.ReadAllLines(NotCloned).Select(l => l.Split('\t')).ToDictionary(f => f[0], f => f[1]);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Zero, run.ToString());
            Assert.That(Directory.GetDirectories(Submissions).Select(Path.GetFileName), Is.EquivalentTo(new[] { "init-alice", "init-bob" }), "no folder, so no gradebook row, for what was not cloned");
            Assert.That(notCloned.Keys, Is.EquivalentTo(new[] { "classroom/init-gone", "not a repository", "other/init-bob" }));
            Assert.That(notCloned["classroom/init-gone"], Does.Contain("does not appear to be a git repository"), "what git said");
            Assert.That(notCloned["other/init-bob"], Does.Contain("same name"));
            Assert.That(File.ReadAllText(Report), Does.Contain("#### Not cloned").And.Contains("- `classroom/init-gone`: ").And.Contains("- `not a repository`: "));
        });
    }

    [Test]
    public void ARepositoryWithoutARegularStarterInitializers_GetsAnEmptyFolder_AndNoFileFromOutsideIt()
    {
        var secret = Path.Combine(_folder.Path, "secret.txt");
        File.WriteAllText(secret, "the grading machine's secret");
        Remote("classroom/init-nofile", ("README.md", "nothing here"));
        Remote("classroom/init-filelink", ("Starter/Other.cs", "// a file"));
        File.CreateSymbolicLink(Path.Combine(Remotes, "classroom", "init-filelink", "Starter", "Initializers.cs"), secret);
        Remote("classroom/init-folderlink", ("Elsewhere/Other.cs", "// a file"));
        Directory.CreateSymbolicLink(Path.Combine(Remotes, "classroom", "init-folderlink", "Starter"), _folder.Path);
        File.WriteAllText(Path.Combine(_folder.Path, "Initializers.cs"), "the grading machine's secret");
        foreach (var repository in new[] { "init-filelink", "init-folderlink" })
        {
            Git(Path.Combine(Remotes, "classroom", repository), "add", "-A");
            Git(Path.Combine(Remotes, "classroom", repository), "commit", "-q", "-m", "links");
        }

        var run = Clone("--roster", Roster("classroom/init-nofile\nclassroom/init-filelink\nclassroom/init-folderlink\n"));

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Zero, run.ToString());
            Assert.That(Directory.GetDirectories(Submissions).Select(Path.GetFileName), Is.EquivalentTo(new[] { "init-nofile", "init-filelink", "init-folderlink" }), "graded, as not gradable");
            Assert.That(FilesUnder(Submissions), Is.Empty, "a link is not the student's file");
            Assert.That(File.ReadAllText(Report), Does.Contain("#### Cloned without Starter/Initializers.cs").And.Contains("- `classroom/init-filelink`"));
        });
    }

    [Test]
    public void Prefix_ClonesTheOrganizationsRepositoriesNamedWithIt_ButNotTheKitItself()
    {
        Remote("classroom/init-alice", ("Starter/Initializers.cs", Alice));
        Remote("classroom/init-bob", ("Starter/Initializers.cs", Bob));
        Remote("classroom/init-kit", ("Starter/Initializers.cs", "// the instructors' kit"));
        Remote("classroom/homework-carol", ("Starter/Initializers.cs", "// another assignment"));
        File.WriteAllText(Path.Combine(Remotes, "classroom.names"), "init-bob\nhomework-carol\ninit-kit\ninit-alice\n");

        var run = Clone("--org", "classroom", "--prefix", "init-", "--exclude", "classroom/init-kit");

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Zero, run.ToString());
            Assert.That(FilesUnder(Submissions), Is.EquivalentTo(new[] { "init-alice/Initializers.cs", "init-bob/Initializers.cs" }));
            Assert.That(File.ReadAllLines(GhLog), Does.Contain("repo list classroom --json name --limit 1000 --jq .[].name"));
        });
    }

    [Test]
    public void NothingToGrade_FailsSayingWhy()
    {
        var unreadable = Clone("--roster", Roster("classroom/init-gone\n"));
        var noSuchOrganization = Clone("--org", "nobody", "--prefix", "init-");

        Assert.Multiple(() =>
        {
            Assert.That(unreadable.ExitCode, Is.EqualTo(1), unreadable.ToString());
            Assert.That(unreadable.Stderr, Does.Contain("no repository could be cloned"));
            Assert.That(File.ReadAllText(NotCloned), Does.StartWith("classroom/init-gone\t"));
            Assert.That(noSuchOrganization.ExitCode, Is.EqualTo(1), noSuchOrganization.ToString());
            Assert.That(noSuchOrganization.Stderr, Does.Contain("could not list the repositories of 'nobody'").And.Contains("Could not resolve"));
        });
    }

    [TestCase("--roster", "r.txt", "--prefix", "init-")]
    [TestCase("--org", "classroom")]
    [TestCase("--out")]
    public void Usage_IsRefused_WithExitCode2(params string[] arguments)
    {
        var run = ProcessRun.Run("bash", [s_script, "--out", Path.Combine(_folder.Path, "out"), .. arguments], TimeSpan.FromMinutes(1));

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString());
            Assert.That(run.Stderr, Does.Contain("usage:"));
        });
    }

    private ProcessRun.Outcome Clone(params string[] arguments)
    {
        if (Directory.Exists(Submissions))
        {
            Directory.Delete(Submissions, recursive: true);
        }

        return ProcessRun.Run("bash", [s_script, "--out", Submissions, .. arguments, "--report", Report, "--not-cloned", NotCloned], TimeSpan.FromMinutes(2), _folder.Path, new Dictionary<string, string?>
        {
            ["PATH"] = $"{Path.Combine(_folder.Path, "bin")}:{Environment.GetEnvironmentVariable("PATH")}",
            ["FAKE_GH_REMOTES"] = Remotes,
            ["FAKE_GH_LOG"] = GhLog,
            ["GIT_CONFIG_GLOBAL"] = "/dev/null",
            ["GIT_CONFIG_NOSYSTEM"] = "1",
        });
    }

    /// <summary>A git repository remotes/OWNER/NAME with one commit of <paramref name="files"/>.</summary>
    private void Remote(string repository, params (string Path, string Text)[] files)
    {
        var folder = Path.Combine(Remotes, repository);
        Directory.CreateDirectory(folder);
        Git(folder, "init", "-q", "-b", "main");
        foreach (var (path, text) in files)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(folder, path))!);
            File.WriteAllText(Path.Combine(folder, path), text);
        }

        Git(folder, "add", "-A");
        Git(folder, "commit", "-q", "-m", "the student's work");
    }

    private string Roster(string text)
    {
        var path = Path.Combine(_folder.Path, "roster.txt");
        File.WriteAllText(path, text);
        return path;
    }

    private static void Git(string folder, params string[] arguments)
    {
        var run = ProcessRun.Run("git", ["-c", "user.name=Student", "-c", "user.email=student@example.org", .. arguments], TimeSpan.FromMinutes(1), folder, new Dictionary<string, string?>
        {
            ["GIT_CONFIG_GLOBAL"] = "/dev/null",
            ["GIT_CONFIG_NOSYSTEM"] = "1",
        });
        Assert.That(run.ExitCode, Is.Zero, $"git {string.Join(' ', arguments)}: {run}");
    }

    private static IEnumerable<string> FilesUnder(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f));
}
