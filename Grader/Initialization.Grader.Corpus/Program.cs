using System.Globalization;
using Initialization.Grader.Corpus;

// Writes the corpus out as files: every known-wrong and hostile submission, or a generated class.
const string Usage = "usage: dotnet run --project Grader/Initialization.Grader.Corpus -- materialize OUT_DIR | class OUT_DIR [SIZE]";

if (args.Length < 2 || args[0] is not ("materialize" or "class"))
{
    Console.Error.WriteLine(Usage);
    return 2;
}

var output = args[1];
if (Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any())
{
    Console.Error.WriteLine($"'{output}' is not empty: give a new or empty folder (nothing is overwritten)");
    return 2;
}

Directory.CreateDirectory(output);
if (args[0] == "materialize")
{
    Directory.CreateDirectory(Path.Combine(output, "known-wrong"));
    Directory.CreateDirectory(Path.Combine(output, "hostile"));
    foreach (var submission in KnownWrongSubmission.All)
    {
        File.WriteAllText(Path.Combine(output, "known-wrong", submission.Id + ".cs"), submission.Source());
    }

    foreach (var submission in HostileSubmission.All)
    {
        File.WriteAllText(Path.Combine(output, "hostile", submission.Id + ".cs"), submission.Source());
    }

    Console.Error.WriteLine($"wrote {KnownWrongSubmission.All.Count} known-wrong and {HostileSubmission.All.Count} hostile submissions to {output}");
    return 0;
}

var size = 200;
if (args.Length > 2 && (!int.TryParse(args[2], CultureInfo.InvariantCulture, out size) || size < 1))
{
    Console.Error.WriteLine($"SIZE must be a positive whole number, not '{args[2]}'\n{Usage}");
    return 2;
}

GeneratedClass.Write(output, GeneratedClass.Create(size));

Console.Error.WriteLine($"wrote a class of {size} submissions to {output} ({GeneratedClass.Describe(size)})");
return 0;
