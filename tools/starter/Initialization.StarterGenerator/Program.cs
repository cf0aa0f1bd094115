using Initialization.Kit;
using Initialization.StarterGenerator;

// Regenerates every derived file listed in kit.json (Starter/Initializers.cs from
// Solution/Initializers.cs). With --check it only compares and exits 1 when a file is stale.
var check = args.Contains("--check");
if (args.Any(a => a != "--check"))
{
    Console.Error.WriteLine("usage: dotnet run --project tools/starter/Initialization.StarterGenerator [-- --check]");
    return 2;
}

var root = KitManifest.FindRepositoryRoot(Directory.GetCurrentDirectory());
if (root is null)
{
    Console.Error.WriteLine($"error: no {KitManifest.FileName} in {Directory.GetCurrentDirectory()} or above; run this from the kit's repository.");
    return 2;
}

var stale = 0;
foreach (var derived in KitManifest.Load(root).DerivedFiles)
{
    var from = Path.Combine(root, derived.From);
    var target = Path.Combine(root, derived.Path);
    string expected;
    try
    {
        expected = StarterDerivation.Derive(File.ReadAllText(from));
    }
    catch (StarterMarkerException e)
    {
        Console.Error.WriteLine($"error: {derived.From}, {e.Message}");
        return 1;
    }

    var current = File.Exists(target) ? File.ReadAllText(target) : null;
    if (current == expected)
    {
        Console.WriteLine($"{derived.Path} is up to date with {derived.From}.");
    }
    else if (check)
    {
        Console.Error.WriteLine($"{derived.Path} is stale: regenerate it with `{derived.Regenerate}`.");
        stale++;
    }
    else
    {
        File.WriteAllText(target, expected);
        Console.WriteLine($"{derived.Path} regenerated from {derived.From}.");
    }
}

return stale == 0 ? 0 : 1;
