using Initialization;
using Initialization.Experiments;

// The experiment runner: `dotnet run --project Starter` trains the network with each of your
// three initializers and saves the plots (options: add `-- --help`). See Assignment.md.
return ExperimentRunner.Run(
    args,
    CourseExperiments.Create(
        Initializers.InitializeParametersZeros,
        Initializers.InitializeParametersRandom,
        Initializers.InitializeParametersHe));
