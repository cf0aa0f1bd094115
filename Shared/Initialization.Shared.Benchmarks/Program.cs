using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;

// BenchmarkDotNet builds its own host project without the repository's Directory.Build.targets,
// so the GC settings every program of the kit runs with (see that file) are passed to it as the
// equivalent environment variables: 64 MB regions and a 32 MB large-object threshold, in hex.
var kitGcSettings = Job.Default
    .WithEnvironmentVariable("DOTNET_GCRegionSize", "4000000")
    .WithEnvironmentVariable("DOTNET_GCLOHThreshold", "2000000")
    .AsDefault();

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, DefaultConfig.Instance.AddJob(kitGcSettings));
